using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// The types the rules recognise, resolved once per compilation by metadata name. A type whose library the
    /// compilation does not reference is <see langword="null"/>; the analyzer assembly references none of these libraries.
    /// </summary>
    internal sealed class KnownSymbols
    {
        /// <param name="compilation">The compilation.</param>
        /// <param name="user">The user-declared models.</param>
        /// <param name="frameworkSources">The <c>gdpr.framework_sources</c> option.</param>
        public KnownSymbols(Compilation compilation, UserModels user, bool frameworkSources)
        {
            User = user;
            HasClaims = compilation.GetTypeByMetadataName("System.Security.Claims.Claim") != null;
            FrameworkSources = frameworkSources;
            PersonalDataAttribute = compilation.GetTypeByMetadataName(AnnotationNames.PersonalDataAttribute);
            RedactionAttribute = compilation.GetTypeByMetadataName(AnnotationNames.RedactionAttribute);
            Redact = compilation.GetTypeByMetadataName(AnnotationNames.Redact);
            IdentityPersonalDataAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.PersonalDataAttribute");
            DataClassificationAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
            NoDataClassificationAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute");
            Redactor = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Redaction.Redactor");

            MelLoggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions");
            MelLogger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
            MelLoggerMessageAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
            SerilogLogger = compilation.GetTypeByMetadataName("Serilog.ILogger");
            SerilogLog = compilation.GetTypeByMetadataName("Serilog.Log");
            SerilogLogContext = compilation.GetTypeByMetadataName("Serilog.Context.LogContext");
            NLogLoggerBase = compilation.GetTypeByMetadataName("NLog.ILoggerBase");
            NLogLogger = compilation.GetTypeByMetadataName("NLog.Logger");
            Log4NetLog = compilation.GetTypeByMetadataName("log4net.ILog");
            Console = compilation.GetTypeByMetadataName("System.Console");
            Debug = compilation.GetTypeByMetadataName("System.Diagnostics.Debug");
            Trace = compilation.GetTypeByMetadataName("System.Diagnostics.Trace");
            Activity = compilation.GetTypeByMetadataName("System.Diagnostics.Activity");
            ActivitySource = compilation.GetTypeByMetadataName("System.Diagnostics.ActivitySource");
            MetricsInstrument = compilation.GetTypeByMetadataName("System.Diagnostics.Metrics.Instrument");
            Exception = compilation.GetTypeByMetadataName("System.Exception");
            FormatProvider = compilation.GetTypeByMetadataName("System.IFormatProvider");
        }

        /// <summary>Whether framework values (client IP, signed-in user, claims, user agent) are personal data.</summary>
        public bool FrameworkSources { get; }

        /// <summary>Whether the compilation knows claims (so framework sources may occur).</summary>
        public bool HasClaims { get; }

        /// <summary>What the user declared in GdprAnalyzers.Models.txt.</summary>
        public UserModels User { get; }

        public INamedTypeSymbol? PersonalDataAttribute { get; }

        public INamedTypeSymbol? RedactionAttribute { get; }

        public INamedTypeSymbol? Redact { get; }

        public INamedTypeSymbol? IdentityPersonalDataAttribute { get; }

        public INamedTypeSymbol? DataClassificationAttribute { get; }

        public INamedTypeSymbol? NoDataClassificationAttribute { get; }

        public INamedTypeSymbol? Redactor { get; }

        public INamedTypeSymbol? MelLoggerExtensions { get; }

        public INamedTypeSymbol? MelLogger { get; }

        public INamedTypeSymbol? MelLoggerMessageAttribute { get; }

        public INamedTypeSymbol? SerilogLogger { get; }

        public INamedTypeSymbol? SerilogLog { get; }

        public INamedTypeSymbol? SerilogLogContext { get; }

        public INamedTypeSymbol? NLogLoggerBase { get; }

        public INamedTypeSymbol? NLogLogger { get; }

        public INamedTypeSymbol? Log4NetLog { get; }

        public INamedTypeSymbol? Console { get; }

        /// <summary><c>System.Diagnostics.Activity</c>: a trace span whose tags, baggage and events an OpenTelemetry
        /// exporter writes out.</summary>
        public INamedTypeSymbol? Activity { get; }

        /// <summary><c>System.Diagnostics.ActivitySource</c>, whose <c>StartActivity</c> takes initial tags.</summary>
        public INamedTypeSymbol? ActivitySource { get; }

        /// <summary><c>System.Diagnostics.Metrics.Instrument</c>, the base of <c>Counter&lt;T&gt;</c>,
        /// <c>Histogram&lt;T&gt;</c>, <c>UpDownCounter&lt;T&gt;</c> and <c>Gauge&lt;T&gt;</c>, whose measurements' tags an
        /// exporter writes out.</summary>
        public INamedTypeSymbol? MetricsInstrument { get; }

        public INamedTypeSymbol? Debug { get; }

        public INamedTypeSymbol? Trace { get; }

        public INamedTypeSymbol? Exception { get; }

        public INamedTypeSymbol? FormatProvider { get; }

        /// <summary>Whether any personal data marker is known to this compilation; without one there is nothing to find.</summary>
        public bool HasAnyPersonalDataMarker =>
            PersonalDataAttribute != null || IdentityPersonalDataAttribute != null || DataClassificationAttribute != null || !User.IsEmpty
            || (FrameworkSources && HasClaims);

        /// <summary>The well-known symbols of the compilation a compilation-start action sees, with the user's models
        /// and the <c>gdpr.framework_sources</c> option (from <c>.globalconfig</c> or the first source file's options).</summary>
        public static KnownSymbols Create(Compilation compilation, Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
        {
            bool frameworkSources = GdprOptions.FrameworkSources.ReadForCompilation(compilation, options.AnalyzerConfigOptionsProvider);
            return new KnownSymbols(compilation, UserModels.Read(options, compilation, cancellationToken), frameworkSources);
        }

        /// <summary>Whether any log library or telemetry API the rules model is referenced (the console is always there).</summary>
        public bool HasAnyLogSink =>
            MelLoggerExtensions != null || MelLogger != null || SerilogLogger != null || SerilogLog != null
            || NLogLoggerBase != null || Log4NetLog != null || Console != null || Debug != null || Trace != null
            || Activity != null || MetricsInstrument != null;
    }
}
