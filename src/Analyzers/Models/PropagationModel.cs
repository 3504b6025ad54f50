using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// How values pass through the calls and types of the libraries, for the flow engine: which calls compose a string,
    /// project a sequence, serialise an object, look up an element (<c>Try*</c>) or put a value into a collection or a
    /// builder; which types can carry the data a value was derived from (not a count, flag or enum, also through
    /// <c>Task&lt;T&gt;</c>); which hand a credential back in a text or bytes form; which parameters carry no data
    /// (<c>CancellationToken</c>, <c>IFormatProvider</c>). Tables a line extends; the engine asks, it names no library.
    /// </summary>
    internal static class PropagationModel
    {
        /// <summary>The calls that put their argument into the collection or builder they are called on (<c>list.Add(x)</c>,
        /// <c>builder.Append(x)</c>, <c>queue.Enqueue(x)</c>; Semantic Kernel's <c>chatHistory.AddUserMessage(x)</c>), by
        /// name.</summary>
        public static bool IsInsertion(string name) => name switch
        {
            "Add" or "AddRange" or "Insert" or "InsertRange" or "Append" or "AppendLine" or "AppendFormat" or "AppendJoin"
                or "Push" or "Enqueue" or "TryAdd" or "Prepend"
                or "AddUserMessage" or "AddSystemMessage" or "AddAssistantMessage" or "AddDeveloperMessage" or "AddMessage" => true,
            _ => false,
        };

        /// <summary>Whether the call projects a sequence: its result is what its lambda returns, not the elements it was
        /// given (<c>Select</c>, <c>SelectMany</c>, <c>List&lt;T&gt;.ConvertAll</c>).</summary>
        public static bool IsProjection(IMethodSymbol method) => method.Name is "Select" or "SelectMany" or "ConvertAll";

        /// <summary>Whether another assembly's method writes whole objects it is given into its result (a serialiser:
        /// <c>JsonSerializer.Serialize</c>, <c>JsonConvert.SerializeObject</c>), by name.</summary>
        public static bool SerialisesWholeObjects(IMethodSymbol method) => method.Name.IndexOf("Serialize", System.StringComparison.Ordinal) >= 0;

        /// <summary>Whether a call on a collection hands back one of its elements through an <c>out</c> argument
        /// (<c>dictionary.TryGetValue(key, out value)</c>, <c>queue.TryDequeue(out item)</c>), by name.</summary>
        public static bool IsTryLookup(IMethodSymbol method) => method.Name.StartsWith("Try", System.StringComparison.Ordinal);

        /// <summary>Whether a parameter of this type carries no data into a call's result (<c>CancellationToken</c>,
        /// <c>IFormatProvider</c>).</summary>
        public static bool CarriesNoData(IParameterSymbol parameter) => parameter.Type.Name is "CancellationToken" or "IFormatProvider";

        /// <summary>Whether the call returns the type of its receiver (<c>object.GetType()</c>): the type, its name and
        /// its text are never the data the value holds.</summary>
        public static bool ReturnsTypeOfValue(IMethodSymbol method) =>
            method.Name == "GetType" && method.Parameters.IsEmpty && method.ContainingType?.SpecialType == SpecialType.System_Object;

        /// <summary>The name of a credential URL query parameter whose value follows <paramref name="text"/>
        /// (<c>...?token=</c>, <c>&amp;api_key=</c>), or null.</summary>
        public static string? CredentialQueryParameterBefore(string text)
        {
            if (!text.EndsWith("=", System.StringComparison.Ordinal))
            {
                return null;
            }

            int start = text.LastIndexOfAny(new[] { '?', '&' }, text.Length - 1);
            if (start < 0)
            {
                return null;
            }

            string name = text.Substring(start + 1, text.Length - start - 2);
            return CredentialNames.IsCredentialQueryParameter(name) ? name : null;
        }


        /// <summary>Whether a value of this type is text or bytes (a string, a character or byte array, span or memory, a
        /// <c>StringBuilder</c>, a <c>Uri</c>), or a task of one: the forms in which a call hands back a credential it
        /// was given.</summary>
        public static bool IsTextOrBytes(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1, Name: "Task" or "ValueTask" } task)
            {
                type = task.TypeArguments[0];
            }

            switch (type)
            {
                case null:
                    return false;
                case IArrayTypeSymbol array:
                    return array.ElementType.SpecialType is SpecialType.System_Char or SpecialType.System_Byte;
                case INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1, Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" } span:
                    return span.TypeArguments[0].SpecialType is SpecialType.System_Char or SpecialType.System_Byte;
                default:
                    return type.SpecialType is SpecialType.System_String or SpecialType.System_Object
                        || type.Name is "StringBuilder" or "Uri" or "SecureString" or "NetworkCredential" or "StringValues";
            }
        }

        /// <summary>Whether the call composes a string of its arguments: <c>string.Format</c>, <c>Concat</c>, <c>Join</c>.</summary>
        public static bool IsStringComposition(IMethodSymbol method) =>
            method.IsStatic
            && method.ContainingType?.SpecialType == SpecialType.System_String
            && (method.Name == "Format" || method.Name == "Concat" || method.Name == "Join");

        /// <summary>Whether a value of this type can hold the data it was derived from (a string, an object), as opposed
        /// to a number, flag or enum computed from it; a <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c> is judged by its
        /// <c>T</c> (<c>await db.SaveChangesAsync()</c> is a count, as <c>db.SaveChanges()</c> is).</summary>
        public static bool CarriesValue(ITypeSymbol? type)
        {
            // Task<Task<int>> unwraps twice; a bound keeps broken code from looping.
            for (int unwrapped = 0; unwrapped < 4 && type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1, Name: "Task" or "ValueTask" } task
                && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"; unwrapped++)
            {
                type = task.TypeArguments[0];
            }

            if (type is null)
            {
                return false;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean:
                case SpecialType.System_Int16:
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt16:
                case SpecialType.System_UInt32:
                case SpecialType.System_UInt64:
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                case SpecialType.System_Void:
                    return false;
            }

            return type.TypeKind != TypeKind.Enum;
        }
    }
}
