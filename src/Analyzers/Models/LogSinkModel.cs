using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// Which calls write to a log, modelled on the libraries' public APIs: Microsoft.Extensions.Logging
    /// (<c>LoggerExtensions.Log*</c>, <c>BeginScope</c>, <c>ILogger.Log</c>, <c>[LoggerMessage]</c> methods and the
    /// <c>Action&lt;ILogger, ...&gt;</c> delegates that <c>LoggerMessage.Define</c> makes), Serilog (<c>ILogger</c>, static
    /// <c>Log</c>, <c>ForContext</c>, <c>LogContext.PushProperty</c>), NLog, log4net, <c>Console.Write*</c>,
    /// <c>Debug.Write*</c> and <c>Trace.Write*</c>; and, as log-like sinks, OpenTelemetry's .NET APIs: a trace span's tags,
    /// baggage, events and status (<c>Activity.SetTag</c>, <c>AddTag</c>, <c>SetBaggage</c>, <c>AddBaggage</c>,
    /// <c>AddEvent</c>, <c>AddException</c>, <c>SetStatus</c>, <c>ActivitySource.StartActivity</c>'s tags) and the tags of
    /// metric measurements (<c>Add</c> and <c>Record</c> of <c>Counter&lt;T&gt;</c>, <c>Histogram&lt;T&gt;</c>,
    /// <c>UpDownCounter&lt;T&gt;</c>, <c>Gauge&lt;T&gt;</c>), which exporters write to a telemetry backend. Tag keys are
    /// not data; tag values are, an object by its text form (OpenTelemetry's exporters write a value that is not a
    /// primitive or an array of primitives by <c>ToString()</c>). Thread-safe; one instance per compilation.
    /// </summary>
    internal sealed class LogSinkModel
    {
        private readonly KnownSymbols known;
        private readonly ConcurrentDictionary<INamedTypeSymbol, SinkFamily> familyCache = new(SymbolEqualityComparer.Default);

        public LogSinkModel(KnownSymbols known)
        {
            this.known = known;
        }

        /// <summary>The library a sink belongs to.</summary>
        public enum SinkFamily
        {
            None,
            MicrosoftExtensionsLogging,
            LoggerMessageMethod,
            LoggerMessageDelegate,
            Serilog,
            NLog,
            Log4Net,
            Console,
            DebugOrTrace,
            UserDeclared,

            /// <summary>OpenTelemetry's .NET APIs: trace span tags, baggage and events, metric measurement tags.</summary>
            Telemetry,
        }

        /// <summary>Classifies a call: <see cref="Classify(IMethodSymbol, bool)"/>, plus <c>Console.Error.Write*</c> and
        /// <c>Console.Out.Write*</c> (the console's writers) as console sinks.</summary>
        public SinkFamily Classify(IInvocationOperation invocation, bool consoleIsLogSink)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (consoleIsLogSink && (method.Name == "Write" || method.Name == "WriteLine")
                && invocation.Instance is IPropertyReferenceOperation { Property: { Name: "Error" or "Out", IsStatic: true } writer }
                && SymbolRelations.IsConstructedFrom(writer.ContainingType, known.Console))
            {
                return SinkFamily.Console;
            }

            return Classify(method, consoleIsLogSink);
        }

        /// <summary>Classifies the target of a call; <see cref="SinkFamily.None"/> when it does not write to a log.
        /// <paramref name="consoleIsLogSink"/> is the <c>gdpr.console_is_log_sink</c> option.</summary>
        public SinkFamily Classify(IMethodSymbol method, bool consoleIsLogSink)
        {
            INamedTypeSymbol? type = method.ContainingType;
            if (type is null)
            {
                return SinkFamily.None;
            }

            string name = method.Name;
            if (known.User.IsLogSink(method))
            {
                return SinkFamily.UserDeclared;
            }

            if (VendorSinkFamily(type, name) is { } vendor)
            {
                return vendor;
            }

            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                // LoggerMessage.Define returns Action<ILogger, T1, ..., Exception?>: a call of such a delegate logs.
                return known.MelLogger != null
                    && method.Parameters.Length >= 2
                    && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, known.MelLogger)
                    && type.Name == "Action"
                    ? SinkFamily.LoggerMessageDelegate
                    : SinkFamily.None;
            }

            if (method.IsStatic && type.TypeKind == TypeKind.Class && !method.IsExtensionMethod)
            {
                if (SymbolRelations.IsConstructedFrom(type, known.Console))
                {
                    return consoleIsLogSink && (name == "Write" || name == "WriteLine") ? SinkFamily.Console : SinkFamily.None;
                }

                if (SymbolRelations.IsConstructedFrom(type, known.Debug) || SymbolRelations.IsConstructedFrom(type, known.Trace))
                {
                    return IsDebugOrTraceWrite(name) ? SinkFamily.DebugOrTrace : SinkFamily.None;
                }

                if (SymbolRelations.IsConstructedFrom(type, known.SerilogLog))
                {
                    return IsSerilogWrite(name) ? SinkFamily.Serilog : SinkFamily.None;
                }

                if (SymbolRelations.IsConstructedFrom(type, known.SerilogLogContext))
                {
                    return name == "PushProperty" ? SinkFamily.Serilog : SinkFamily.None;
                }
            }

            // [LoggerMessage] methods: static, instance or extension (this ILogger logger).
            if (method.IsPartialDefinition || method.PartialImplementationPart != null || method.PartialDefinitionPart != null)
            {
                if (known.MelLoggerMessageAttribute != null)
                {
                    foreach (AttributeData attribute in method.GetAttributes())
                    {
                        if (SymbolRelations.IsConstructedFrom(attribute.AttributeClass, known.MelLoggerMessageAttribute))
                        {
                            return SinkFamily.LoggerMessageMethod;
                        }
                    }
                }

                return SinkFamily.None;
            }

            if (method.IsExtensionMethod || method.ReducedFrom != null)
            {
                return SymbolRelations.IsConstructedFrom(type, known.MelLoggerExtensions) && (name.StartsWith("Log", System.StringComparison.Ordinal) || name == "BeginScope")
                    ? SinkFamily.MicrosoftExtensionsLogging
                    : SinkFamily.None;
            }

            if (method.IsStatic)
            {
                return SinkFamily.None;
            }

            if (IsTelemetryWrite(type, name))
            {
                return SinkFamily.Telemetry;
            }

            switch (FamilyOf(type))
            {
                case SinkFamily.MicrosoftExtensionsLogging:
                    return name == "Log" || name == "BeginScope" ? SinkFamily.MicrosoftExtensionsLogging : SinkFamily.None;
                case SinkFamily.Serilog:
                    return IsSerilogWrite(name) ? SinkFamily.Serilog : SinkFamily.None;
                case SinkFamily.NLog:
                    return IsNLogWrite(name) ? SinkFamily.NLog : SinkFamily.None;
                case SinkFamily.Log4Net:
                    return IsLog4NetWrite(name) ? SinkFamily.Log4Net : SinkFamily.None;
                default:
                    return SinkFamily.None;
            }
        }

        /// <summary>
        /// Error trackers' and telemetry vendors' calls, and Serilog's calls that add a property to every event:
        /// Application Insights' <c>TelemetryClient.Track*</c> (a message, a property dictionary's values),
        /// Sentry's <c>CaptureMessage</c>, <c>AddBreadcrumb</c>, <c>SetTag</c>, <c>SetTags</c>, <c>SetExtra</c> and
        /// <c>SetExtras</c> (of <c>SentrySdk</c>, a scope, a hub, a span or an event), as telemetry; Serilog's
        /// <c>IDiagnosticContext.Set</c> (a property of the request's completion event) and
        /// <c>ILogEventPropertyFactory.CreateProperty</c> (an enricher's property, added to every event), as Serilog.
        /// Matched by method name first, then by the type's namespace; null for any other call.
        /// </summary>
        private static SinkFamily? VendorSinkFamily(INamedTypeSymbol type, string name)
        {
            switch (name)
            {
                case "TrackEvent" or "TrackTrace" or "TrackMetric" or "TrackException" or "TrackRequest" or "TrackDependency" or "TrackPageView" or "TrackAvailability":
                    return type.Name == "TelemetryClient" && NamespaceOf(type) == "Microsoft.ApplicationInsights" ? SinkFamily.Telemetry : null;
                case "CaptureMessage" or "AddBreadcrumb" or "SetTag" or "SetTags" or "SetExtra" or "SetExtras":
                    return NamespaceOf(type) == "Sentry" ? SinkFamily.Telemetry : null;
                case "Set":
                    return type.Name == "IDiagnosticContext" && NamespaceOf(type) == "Serilog" ? SinkFamily.Serilog : null;
                case "CreateProperty":
                    return type.Name == "ILogEventPropertyFactory" && NamespaceOf(type) == "Serilog.Core" ? SinkFamily.Serilog : null;
                default:
                    return null;
            }
        }

        /// <summary>The sink an object creation is, or <see cref="SinkFamily.None"/>: a metrics <c>Measurement&lt;T&gt;</c>
        /// with tags (what an observable instrument's callback reports), and Serilog's <c>ScalarValue</c> (the value of a
        /// property an enricher or a policy adds to a log event), as the place where the value enters the event.</summary>
        public static SinkFamily ClassifyCreation(IMethodSymbol constructor)
        {
            INamedTypeSymbol type = constructor.ContainingType;
            if (type.Name == "Measurement" && type.TypeArguments.Length == 1 && NamespaceOf(type) == "System.Diagnostics.Metrics")
            {
                return SinkFamily.Telemetry;
            }

            return type.Name == "ScalarValue" && NamespaceOf(type) == "Serilog.Events" ? SinkFamily.Serilog : SinkFamily.None;
        }

        /// <summary>
        /// The name of a property whose setter sends its value to an error tracker or telemetry backend with every event,
        /// or null: the members of Sentry's user (<c>SentryUser</c>, <c>User</c> before Sentry 4: <c>Email</c>,
        /// <c>Username</c>, <c>IpAddress</c>, <c>Id</c>...), and Application Insights' user and location context
        /// (<c>UserContext.Id</c>, <c>AuthenticatedUserId</c>, <c>AccountId</c>, <c>UserAgent</c>, <c>LocationContext.Ip</c>).
        /// </summary>
        public static string? AssignedTelemetry(IPropertySymbol property)
        {
            INamedTypeSymbol? type = property.ContainingType;
            if (type is null || property.SetMethod is null)
            {
                return null;
            }

            bool sink = type.Name switch
            {
                "SentryUser" or "User" => NamespaceOf(type) == "Sentry",
                "UserContext" => property.Name is "Id" or "AuthenticatedUserId" or "AccountId" or "UserAgent"
                    && NamespaceOf(type) == "Microsoft.ApplicationInsights.Extensibility.Implementation",
                "LocationContext" => property.Name == "Ip" && NamespaceOf(type) == "Microsoft.ApplicationInsights.Extensibility.Implementation",
                _ => false,
            };
            return sink ? type.Name + "." + property.Name : null;
        }

        private static string? NamespaceOf(INamedTypeSymbol type) => type.ContainingNamespace?.ToDisplayString();

        /// <summary>Whether a telemetry call writes data: <c>Activity</c>'s tag, baggage, event, exception and status
        /// methods, <c>ActivitySource.StartActivity</c>, and <c>Add</c> or <c>Record</c> of a metrics instrument.</summary>
        private bool IsTelemetryWrite(INamedTypeSymbol type, string name)
        {
            if (SymbolRelations.IsConstructedFrom(type, known.Activity))
            {
                return name is "SetTag" or "AddTag" or "SetBaggage" or "AddBaggage" or "AddEvent" or "AddException" or "SetStatus";
            }

            if (SymbolRelations.IsConstructedFrom(type, known.ActivitySource))
            {
                return name == "StartActivity";
            }

            if (known.MetricsInstrument is null || name is not ("Add" or "Record"))
            {
                return false;
            }

            for (INamedTypeSymbol? current = type.BaseType; current != null; current = current.BaseType)
            {
                if (SymbolRelations.IsConstructedFrom(current, known.MetricsInstrument))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the argument bound to <paramref name="parameter"/> of a sink is written to the log. Log
        /// levels, event ids, exceptions, format providers, flags and the logger itself are not data; nor, for telemetry,
        /// a tag's or baggage item's key, or an activity's or event's name (<c>key</c>, <c>name</c>).</summary>
        public bool IsDataParameter(IParameterSymbol parameter)
        {
            if (parameter.Name is "key" or "name" && parameter.ContainingSymbol?.ContainingType is { } owner
                && (SymbolRelations.IsConstructedFrom(owner, known.Activity) || SymbolRelations.IsConstructedFrom(owner, known.ActivitySource)))
            {
                return false;
            }

            if (parameter.Type.SpecialType == SpecialType.System_String && parameter.ContainingSymbol?.ContainingType is { } vendor
                && (parameter.Name is "key" or "name" || parameter.Name.EndsWith("Name", System.StringComparison.Ordinal))
                && VendorSinkFamily(vendor, parameter.ContainingSymbol.Name) != null)
            {
                return false; // A tag's key, an event's, metric's or property's name (TrackEvent's eventName, SetTag's key).
            }

            ITypeSymbol type = parameter.Type;
            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean:
                    return false;
            }

            if (type.TypeKind == TypeKind.Enum || type.TypeKind == TypeKind.Delegate)
            {
                return false;
            }

            if (type is INamedTypeSymbol named)
            {
                if (named.Name == "EventId" || SymbolRelations.IsConstructedFrom(named, known.FormatProvider) || SymbolRelations.IsConstructedFrom(named, known.MelLogger) || SymbolRelations.IsConstructedFrom(named, known.SerilogLogger))
                {
                    return false;
                }

                for (INamedTypeSymbol? current = named; current != null; current = current.BaseType)
                {
                    if (SymbolRelations.IsConstructedFrom(current, known.Exception))
                    {
                        return false;
                    }
                }

                if (named.TypeKind == TypeKind.Interface && named.Name == "ILogger")
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether a sink writes <paramref name="value"/> (an argument of <paramref name="invocation"/>, or an element of
        /// its <c>params</c> array) out whole, member by member, rather than by its text form (<c>ToString()</c>):
        /// <list type="bullet">
        /// <item>its hole in the message template starts with <c>@</c> (<c>{@Customer}</c>: Serilog's and NLog's
        /// destructuring, which Serilog also applies to Microsoft.Extensions.Logging calls when it is the provider); the
        /// template's holes are matched to the arguments after it by position, as the libraries do;</item>
        /// <item>a <c>[LoggerMessage]</c> method's parameter whose hole in the attribute's message starts with <c>@</c>
        /// (matched by name, ignoring case), or that is marked <c>[LogProperties]</c> (Microsoft.Extensions.Telemetry's
        /// generator writes every property);</item>
        /// <item>Serilog's <c>ForContext(name, value, destructureObjects: true)</c>,
        /// <c>LogContext.PushProperty(name, value, destructureObjects: true)</c>, <c>IDiagnosticContext.Set(name, value,
        /// destructureObjects: true)</c> and <c>ILogEventPropertyFactory.CreateProperty(name, value, destructureObjects:
        /// true)</c>.</item>
        /// </list>
        /// A value written inside a text (interpolation, concatenation, <c>string.Format</c>) is never written whole.
        /// </summary>
        public static bool IsWrittenWhole(IInvocationOperation invocation, IOperation value)
        {
            value = SymbolRelations.WithoutConversions(value);
            IMethodSymbol method = invocation.TargetMethod;

            if (method.Name is "ForContext" or "PushProperty" or "Set" or "CreateProperty")
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name == "destructureObjects" && argument.Value.ConstantValue is { HasValue: true, Value: true })
                    {
                        return true;
                    }
                }

                return false;
            }

            string? template = null;
            var values = new List<IOperation>();
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is not { } parameter)
                {
                    continue;
                }

                if (template is null && parameter.Type.SpecialType == SpecialType.System_String
                    && parameter.Name is "message" or "messageTemplate" or "format")
                {
                    template = argument.Value.ConstantValue is { HasValue: true, Value: string text } ? text : string.Empty;
                    continue;
                }

                if (template is null)
                {
                    if (SymbolRelations.WithoutConversions(argument.Value) == value && IsLoggerMessageMethodParameterWrittenWhole(method, parameter))
                    {
                        return true;
                    }

                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.ParamArray
                    && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    foreach (IOperation element in initializer.ElementValues)
                    {
                        values.Add(SymbolRelations.WithoutConversions(element));
                    }
                }
                else
                {
                    values.Add(SymbolRelations.WithoutConversions(argument.Value));
                }
            }

            int index = values.IndexOf(value);
            return template != null && index >= 0 && HoleAt(template, index) is { } hole && hole.StartsWith("@", System.StringComparison.Ordinal);
        }

        /// <summary>How deep <see cref="WrittenValues"/> looks into tag collections and events.</summary>
        private const int MaxTagNesting = 4;

        /// <summary>
        /// The values a telemetry sink writes from one argument: a tag's value, not its key. For a
        /// <c>KeyValuePair&lt;string, T&gt;</c> created in place, its value; for a <c>TagList</c>,
        /// <c>ActivityTagsCollection</c> or other collection created with an initializer (<c>{ { "user", email } }</c>,
        /// <c>["user"] = email</c>), each value; for an <c>ActivityEvent</c> or an array created in place, what its tags or
        /// elements write; otherwise the argument itself (a local holding tags, a string). For other sinks, the argument.
        /// </summary>
        /// <param name="family">The sink's family, as <see cref="Classify(IInvocationOperation, bool)"/> gave it.</param>
        /// <param name="argument">The value of one data argument of the sink call.</param>
        public static IEnumerable<IOperation> WrittenValues(SinkFamily family, IOperation argument)
        {
            var written = new List<IOperation>(1);
            if (family == SinkFamily.Telemetry)
            {
                AddTagValues(argument, written, 0);
            }
            else
            {
                written.Add(argument);
            }

            return written;
        }

        private static void AddTagValues(IOperation value, List<IOperation> written, int depth)
        {
            IOperation unwrapped = SymbolRelations.WithoutConversions(value);
            if (depth > MaxTagNesting)
            {
                written.Add(value);
                return;
            }

            switch (unwrapped)
            {
                case IObjectCreationOperation { Type: INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } } pair when pair.Arguments.Length == 2:
                    written.Add(pair.Arguments[1].Value);
                    return;
                case IObjectCreationOperation { Type.Name: "ActivityEvent" } activityEvent:
                    foreach (IArgumentOperation argument in activityEvent.Arguments)
                    {
                        if (argument.Parameter?.Name == "tags")
                        {
                            AddTagValues(argument.Value, written, depth + 1);
                        }
                    }

                    return;
                case IObjectCreationOperation { Initializer: { } initializer } collection when collection.Arguments.Length == 0:
                    foreach (IOperation element in initializer.Initializers)
                    {
                        switch (element)
                        {
                            case IInvocationOperation { Arguments.Length: 2 } add:
                                written.Add(add.Arguments[1].Value);
                                break;
                            case IInvocationOperation { Arguments.Length: 1 } add:
                                AddTagValues(add.Arguments[0].Value, written, depth + 1);
                                break;
                            case ISimpleAssignmentOperation assignment:
                                written.Add(assignment.Value);
                                break;
                            default:
                                written.Add(element);
                                break;
                        }
                    }

                    return;
                case IArrayCreationOperation { Initializer: { } elements }:
                    foreach (IOperation element in elements.ElementValues)
                    {
                        AddTagValues(element, written, depth + 1);
                    }

                    return;
                default:
                    written.Add(value);
                    return;
            }
        }

        /// <summary>The text of the hole at <paramref name="index"/> (0-based) of a message template, without its braces
        /// (<c>@Customer</c>, <c>Email:l</c>), or null; <c>{{</c> and <c>}}</c> are literal braces.</summary>
        public static string? HoleAt(string template, int index)
        {
            int found = 0;
            for (int i = 0; i < template.Length; i++)
            {
                if (template[i] != '{')
                {
                    continue;
                }

                if (i + 1 < template.Length && template[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                int end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    return null;
                }

                if (found++ == index)
                {
                    return template.Substring(i + 1, end - i - 1);
                }

                i = end;
            }

            return null;
        }

        private static bool IsLoggerMessageMethodParameterWrittenWhole(IMethodSymbol method, IParameterSymbol parameter)
        {
            foreach (AttributeData attribute in parameter.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "LogPropertiesAttribute")
                {
                    return true;
                }
            }

            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass?.Name != "LoggerMessageAttribute")
                {
                    continue;
                }

                string? message = null;
                foreach (TypedConstant argument in attribute.ConstructorArguments)
                {
                    if (argument.Value is string text)
                    {
                        message = text;
                    }
                }

                foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
                {
                    if (named.Key == "Message" && named.Value.Value is string text)
                    {
                        message = text;
                    }
                }

                for (int i = 0; message != null && HoleAt(message, i) is { } hole; i++)
                {
                    if (hole.StartsWith("@", System.StringComparison.Ordinal)
                        && string.Equals(hole.Substring(1).Split(',', ':')[0], parameter.Name, System.StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The name shown in messages: <c>ILogger.LogInformation</c>, <c>Log.Information</c>, <c>Console.WriteLine</c>.</summary>
        public static string DisplayName(IMethodSymbol method, SinkFamily family)
        {
            if (family == SinkFamily.LoggerMessageDelegate)
            {
                return "LoggerMessage.Define delegate";
            }

            IMethodSymbol reduced = method.ReducedFrom ?? method;
            string receiver = reduced.IsExtensionMethod && reduced.Parameters.Length > 0
                ? reduced.Parameters[0].Type.Name
                : method.ContainingType.Name;
            return receiver + "." + method.Name;
        }

        private SinkFamily FamilyOf(INamedTypeSymbol type)
        {
            if (familyCache.TryGetValue(type, out SinkFamily cached))
            {
                return cached;
            }

            SinkFamily family = SinkFamily.None;
            if (SymbolRelations.Implements(type, known.MelLogger))
            {
                family = SinkFamily.MicrosoftExtensionsLogging;
            }
            else if (SymbolRelations.Implements(type, known.SerilogLogger))
            {
                family = SinkFamily.Serilog;
            }
            else if (SymbolRelations.Implements(type, known.NLogLoggerBase) || SymbolRelations.IsConstructedFrom(type, known.NLogLogger))
            {
                family = SinkFamily.NLog;
            }
            else if (SymbolRelations.Implements(type, known.Log4NetLog))
            {
                family = SinkFamily.Log4Net;
            }

            familyCache[type] = family;
            return family;
        }


        private static bool IsSerilogWrite(string name) => name switch
        {
            "Write" or "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "ForContext" => true,
            _ => false,
        };

        private static bool IsNLogWrite(string name) => name switch
        {
            "Trace" or "Debug" or "Info" or "Warn" or "Error" or "Fatal" or "Log" or "ConditionalDebug" or "ConditionalTrace" => true,
            _ => false,
        };

        private static bool IsLog4NetWrite(string name) => name switch
        {
            "Debug" or "Info" or "Warn" or "Error" or "Fatal"
                or "DebugFormat" or "InfoFormat" or "WarnFormat" or "ErrorFormat" or "FatalFormat" => true,
            _ => false,
        };

        private static bool IsDebugOrTraceWrite(string name) => name switch
        {
            "Write" or "WriteLine" or "WriteIf" or "WriteLineIf" or "Print" or "Fail"
                or "TraceInformation" or "TraceWarning" or "TraceError" => true,
            _ => false,
        };

    }
}
