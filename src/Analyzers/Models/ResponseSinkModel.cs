using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// Where an ASP.NET Core application hands a value to the serializer that writes an HTTP response's body (GDPR010),
    /// modelled on ASP.NET Core's public APIs:
    /// <list type="bullet">
    /// <item>the value a controller action returns (a public instance method of a class deriving from
    /// <c>ControllerBase</c> or marked <c>[ApiController]</c>, not <c>[NonAction]</c>): <c>return user;</c>, whatever the
    /// declared result (<c>T</c>, <c>ActionResult&lt;T&gt;</c>, <c>Task</c> of them);</item>
    /// <item>the value a minimal API endpoint's lambda returns (the <c>handler</c> of <c>MapGet</c>, <c>MapPost</c>,
    /// <c>MapPut</c>, <c>MapDelete</c>, <c>MapPatch</c>, <c>MapMethods</c>, <c>Map</c> and <c>MapFallback</c>), and the
    /// result of a method passed there as a method group;</item>
    /// <item>the argument named <c>value</c>, <c>data</c> or <c>error</c> of <c>ControllerBase</c>'s and
    /// <c>Controller</c>'s result helpers (<c>Ok</c>, <c>Created*</c>, <c>Accepted*</c>, <c>BadRequest</c>,
    /// <c>NotFound</c>, <c>Conflict</c>, <c>StatusCode</c>, <c>Json</c>), of <c>Results.*</c> and <c>TypedResults.*</c>,
    /// of <c>HttpResponse.WriteAsJsonAsync</c>, and of the constructors of <c>ObjectResult</c>, <c>JsonResult</c> and
    /// their subclasses (<c>new OkObjectResult(value)</c>); route values and URIs are not the body.</item>
    /// </list>
    /// Thread-safe; one per compilation.
    /// </summary>
    internal sealed class ResponseSinkModel
    {
        private readonly KnownSymbols known;

        public ResponseSinkModel(KnownSymbols known)
        {
            this.known = known;
        }

        /// <summary>Whether the compilation references ASP.NET Core's MVC or HTTP results at all.</summary>
        public bool IsAvailable => known.MvcControllerBase != null || known.AspNetResults != null || known.HttpResponseJsonExtensions != null;

        /// <summary>The sink's name when <paramref name="argument"/> of a call of <paramref name="method"/> (an invocation
        /// or a constructor) is written to the response body, else null.</summary>
        public string? BodyArgumentSink(IMethodSymbol method, IArgumentOperation argument)
        {
            if (argument.Parameter?.Name is not ("value" or "data" or "error") || method.ContainingType is not { } type)
            {
                return null;
            }

            if (method.MethodKind == MethodKind.Constructor)
            {
                return SymbolRelations.DerivesFrom(type, known.MvcObjectResult) || SymbolRelations.DerivesFrom(type, known.MvcJsonResult)
                    ? "new " + type.Name
                    : null;
            }

            INamedTypeSymbol owner = method.ReducedFrom?.ContainingType ?? type;
            if (SymbolRelations.IsConstructedFrom(owner, known.MvcControllerBase) || SymbolRelations.IsConstructedFrom(owner, known.MvcController))
            {
                return "ControllerBase." + method.Name;
            }

            if (SymbolRelations.IsConstructedFrom(owner, known.AspNetResults) || SymbolRelations.IsConstructedFrom(owner, known.AspNetTypedResults))
            {
                return owner.Name + "." + method.Name;
            }

            return SymbolRelations.IsConstructedFrom(owner, known.HttpResponseJsonExtensions) ? "HttpResponse." + method.Name : null;
        }

        /// <summary>The sink's name when <paramref name="method"/> is a controller action whose result the framework writes
        /// to the response (<c>UsersController.Get</c>), else null.</summary>
        public string? ActionSink(ISymbol? method)
        {
            if (method is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public, ContainingType: { } type } action
                || known.MvcControllerBase is null || HasAttribute(action, known.MvcNonActionAttribute))
            {
                return null;
            }

            bool controller = false;
            for (INamedTypeSymbol? current = type; current != null && !controller; current = current.BaseType)
            {
                controller = SymbolRelations.IsConstructedFrom(current, known.MvcControllerBase) || HasAttribute(current, known.MvcApiControllerAttribute);
            }

            return controller ? type.Name + "." + action.Name : null;
        }

        /// <summary>The name of the minimal API mapping (<c>MapGet</c>) that <paramref name="handler"/> (a lambda or a
        /// method group, as written) is the endpoint of, else null.</summary>
        public string? EndpointSink(IOperation handler)
        {
            IOperation current = handler;
            while (current.Parent is IDelegateCreationOperation or IConversionOperation)
            {
                current = current.Parent;
            }

            return current.Parent is IArgumentOperation { Parameter.Name: "handler", Parent: IInvocationOperation map }
                && map.TargetMethod.Name.StartsWith("Map", System.StringComparison.Ordinal)
                && SymbolRelations.IsConstructedFrom(map.TargetMethod.ReducedFrom?.ContainingType ?? map.TargetMethod.ContainingType, known.EndpointRouteBuilderExtensions)
                ? map.TargetMethod.Name
                : null;
        }

        private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
        {
            if (attribute is null)
            {
                return false;
            }

            foreach (AttributeData data in symbol.GetAttributes())
            {
                if (SymbolRelations.DerivesFrom(data.AttributeClass, attribute))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
