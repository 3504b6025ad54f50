using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// Where a value is written into an exception (GDPR009): the text of its message and its <c>Data</c> dictionary,
    /// which logs, error pages and error trackers show whole and nobody redacts (GDPR Art. 5(1)(f), 32). Modelled on
    /// <c>System.Exception</c>: every exception type derives from it and takes its message as a constructor argument.
    /// <list type="bullet">
    /// <item>A constructor of a type deriving from <c>System.Exception</c>: its message is the <c>string</c> parameter named
    /// <c>message</c>, or, when none is so named, its first <c>string</c> parameter (a project's
    /// <c>CustomerNotFoundException(string email)</c> that builds its message from the address); the <c>params</c> array
    /// after it (a <c>format, params object[] args</c> pair); and <c>ArgumentOutOfRangeException</c>'s
    /// <c>actualValue</c>, which .NET appends to the message. Other arguments (an inner exception, a parameter name, a
    /// status code) are not the message.</item>
    /// <item><c>exception.Data[key] = value</c> and <c>exception.Data.Add(key, value)</c>: the value, not the key.</item>
    /// <item>A method the models file declares an <c>exception-sink</c> (a throw helper): every argument.</item>
    /// </list>
    /// Thread-safe; one per compilation.
    /// </summary>
    internal sealed class ExceptionSinkModel
    {
        private readonly KnownSymbols known;

        public ExceptionSinkModel(KnownSymbols known)
        {
            this.known = known;
        }

        /// <summary>Whether the compilation knows exceptions at all.</summary>
        public bool IsAvailable => known.Exception != null;

        /// <summary>
        /// The <paramref name="arguments"/> of a call of <paramref name="method"/> (an exception's constructor, a declared
        /// exception sink) that are written into the message, with the sink's name for the diagnostic's message in
        /// <paramref name="sinkName"/> (<c>the message of 'InvalidOperationException'</c>); empty for other calls.
        /// </summary>
        public List<IArgumentOperation> MessageArguments(IMethodSymbol? method, IEnumerable<IArgumentOperation> arguments, out string sinkName)
        {
            var written = new List<IArgumentOperation>(1);
            sinkName = string.Empty;
            if (method?.ContainingType is not { } type)
            {
                return written;
            }

            if (known.User.IsExceptionSink(method))
            {
                sinkName = "the message of '" + (method.MethodKind == MethodKind.Constructor ? type.Name : type.Name + "." + method.Name) + "'";
                written.AddRange(arguments);
                return written;
            }

            if (method.MethodKind != MethodKind.Constructor || !SymbolRelations.DerivesFrom(type, known.Exception))
            {
                return written;
            }

            IParameterSymbol? message = MessageParameter(method);
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter is not { } parameter)
                {
                    continue;
                }

                bool isMessage = SymbolEqualityComparer.Default.Equals(parameter, message)
                    || (parameter.IsParams && message != null && parameter.Ordinal > message.Ordinal)
                    || (parameter.Name == "actualValue" && type.Name == "ArgumentOutOfRangeException" && type.ContainingNamespace?.ToDisplayString() == "System");
                if (isMessage)
                {
                    written.Add(argument);
                }
            }

            sinkName = "the message of '" + type.Name + "'";
            return written;
        }

        /// <summary>The value that <paramref name="assignment"/> (<c>exception.Data[key] = value</c>) puts into an
        /// exception's <c>Data</c>, or null.</summary>
        public IOperation? DataValue(ISimpleAssignmentOperation assignment) =>
            assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } dictionary } && IsExceptionData(dictionary)
                ? assignment.Value
                : null;

        /// <summary>The value that <paramref name="invocation"/> (<c>exception.Data.Add(key, value)</c>) puts into an
        /// exception's <c>Data</c>, or null.</summary>
        public IArgumentOperation? DataValue(IInvocationOperation invocation) =>
            invocation.TargetMethod.Name == "Add" && invocation.Arguments.Length == 2 && invocation.Instance is { } dictionary && IsExceptionData(dictionary)
                ? invocation.Arguments[1]
                : null;

        /// <summary>The sink's name in messages for a value put into <c>Data</c>.</summary>
        public const string DataSinkName = "'Exception.Data'";

        /// <summary>Whether <paramref name="dictionary"/> is <c>Data</c> of an exception (declared by <c>System.Exception</c>).</summary>
        private bool IsExceptionData(IOperation dictionary) =>
            SymbolRelations.WithoutConversions(dictionary) is IPropertyReferenceOperation { Property: { Name: "Data", IsStatic: false } data }
            && SymbolRelations.DerivesFrom(data.ContainingType, known.Exception);

        /// <summary>The <c>string</c> parameter named <c>message</c> of an exception's constructor, or its first
        /// <c>string</c> parameter; null when it has none.</summary>
        private static IParameterSymbol? MessageParameter(IMethodSymbol constructor)
        {
            IParameterSymbol? first = null;
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                if (parameter.Type.SpecialType != SpecialType.System_String)
                {
                    continue;
                }

                if (string.Equals(parameter.Name, "message", StringComparison.OrdinalIgnoreCase))
                {
                    return parameter;
                }

                first ??= parameter;
            }

            return first;
        }
    }
}
