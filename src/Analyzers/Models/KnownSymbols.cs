using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// The types the rules recognise, resolved once per compilation by metadata name. A type whose library the
    /// compilation does not reference is <see langword="null"/>; the analyzer assembly references none of these libraries.
    /// The anchors that every analyzer checks at compilation start (the annotations, the log libraries) are resolved when
    /// this is built; the types of one rule family (storage, decisions, declarations) on first use, so a compilation
    /// whose rules of that family are off or find no anchor never looks them up. Thread-safe.
    /// </summary>
    internal sealed class KnownSymbols
    {
        private readonly Compilation compilation;

        /// <param name="compilation">The compilation.</param>
        /// <param name="user">The user-declared models.</param>
        /// <param name="frameworkSources">The <c>gdpr.framework_sources</c> option.</param>
        public KnownSymbols(Compilation compilation, UserModels user, bool frameworkSources)
        {
            this.compilation = compilation;
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

        // The annotations a rule family reads, resolved on first use.
        private StrongBox<INamedTypeSymbol?>? processingPurposeAttribute;
        private StrongBox<INamedTypeSymbol?>? lawfulBasisAttribute;
        private StrongBox<INamedTypeSymbol?>? automatedDecisionAttribute;
        private StrongBox<INamedTypeSymbol?>? humanReviewAttribute;
        private StrongBox<INamedTypeSymbol?>? pendingDecision;
        private StrongBox<INamedTypeSymbol?>? hashingAttribute;
        private StrongBox<INamedTypeSymbol?>? encryptionAttribute;
        private StrongBox<INamedTypeSymbol?>? retentionPeriodAttribute;
        private StrongBox<INamedTypeSymbol?>? erasureRequestHandlerAttribute;
        private StrongBox<INamedTypeSymbol?>? accessRequestHandlerAttribute;
        private StrongBox<INamedTypeSymbol?>? retainedAfterErasureAttribute;

        // Storage (StorageSinkModel, EntityModel, PersonalDataStoredAnalyzer).
        private StrongBox<INamedTypeSymbol?>? efDbContext;
        private StrongBox<INamedTypeSymbol?>? efDbSet;
        private StrongBox<INamedTypeSymbol?>? efEntityTypeConfiguration;
        private StrongBox<INamedTypeSymbol?>? efKeylessAttribute;
        private StrongBox<INamedTypeSymbol?>? efEntityTypeBuilder;
        private StrongBox<INamedTypeSymbol?>? efMigration;
        private StrongBox<INamedTypeSymbol?>? efModelSnapshot;
        private StrongBox<INamedTypeSymbol?>? dapperSqlMapper;
        private StrongBox<INamedTypeSymbol?>? dbParameter;
        private StrongBox<INamedTypeSymbol?>? dbParameterCollection;
        private StrongBox<INamedTypeSymbol?>? dbCommand;
        private StrongBox<INamedTypeSymbol?>? dataCommand;
        private StrongBox<INamedTypeSymbol?>? file;
        private StrongBox<INamedTypeSymbol?>? streamWriter;
        private StrongBox<INamedTypeSymbol?>? distributedCache;
        private StrongBox<INamedTypeSymbol?>? distributedCacheExtensions;
        private StrongBox<INamedTypeSymbol?>? redisDatabase;
        private StrongBox<INamedTypeSymbol?>? redisDatabaseAsync;
        private StrongBox<INamedTypeSymbol?>? mongoCollection;
        private StrongBox<INamedTypeSymbol?>? mongoCollectionExtensions;
        private StrongBox<INamedTypeSymbol?>? aspNetSession;
        private StrongBox<INamedTypeSymbol?>? aspNetSessionExtensions;
        private StrongBox<INamedTypeSymbol?>? aspNetResponseCookies;

        // Data subjects' requests (DataSubjectRequestModel, EntityRelationships).
        private StrongBox<INamedTypeSymbol?>? efOwnedAttribute;
        private StrongBox<INamedTypeSymbol?>? efEntityEntry;
        private StrongBox<INamedTypeSymbol?>? efReferenceCollectionBuilder;
        private StrongBox<INamedTypeSymbol?>? efReferenceReferenceBuilder;
        private StrongBox<INamedTypeSymbol?>? keyAttribute;
        private StrongBox<INamedTypeSymbol?>? requiredAttribute;
        private StrongBox<INamedTypeSymbol?>? foreignKeyAttribute;
        private StrongBox<INamedTypeSymbol?>? identityUserManager;
        private StrongBox<INamedTypeSymbol?>? identityUserClaim;
        private StrongBox<INamedTypeSymbol?>? identityUserLogin;
        private StrongBox<INamedTypeSymbol?>? identityUserToken;

        // Decisions (AutomatedDecisionAnalyzer).
        private StrongBox<INamedTypeSymbol?>? mlPredictionEngineBase;
        private StrongBox<INamedTypeSymbol?>? mlPredictionEnginePool;
        private StrongBox<INamedTypeSymbol?>? recipientAttribute;
        private StrongBox<INamedTypeSymbol?>? aiChatClient;
        private StrongBox<INamedTypeSymbol?>? aiChatClientExtensions;
        private StrongBox<INamedTypeSymbol?>? cancellationToken;

        // Contracts (ContractBoundaryModel).
        private StrongBox<INamedTypeSymbol?>? task;
        private StrongBox<INamedTypeSymbol?>? taskOfT;
        private StrongBox<INamedTypeSymbol?>? valueTask;
        private StrongBox<INamedTypeSymbol?>? valueTaskOfT;
        private StrongBox<INamedTypeSymbol?>? mvcActionResult;
        private StrongBox<INamedTypeSymbol?>? mvcConvertToActionResult;
        private StrongBox<INamedTypeSymbol?>? aspNetResult;
        private StrongBox<INamedTypeSymbol?>? identityResult;
        private StrongBox<INamedTypeSymbol?>? identitySignInResult;
        private StrongBox<INamedTypeSymbol?>? validationResult;
        private StrongBox<INamedTypeSymbol?>? mvcControllerBase;
        private StrongBox<INamedTypeSymbol?>? razorPageModel;
        private StrongBox<INamedTypeSymbol?>? signalRHub;

        // Types that say a value is personal data (ProbablePersonalDataClassifier).
        private StrongBox<INamedTypeSymbol?>? guid;
        private StrongBox<INamedTypeSymbol?>? dateOnly;
        private StrongBox<INamedTypeSymbol?>? dateTimeOffset;
        private StrongBox<INamedTypeSymbol?>? ipAddress;
        private StrongBox<INamedTypeSymbol?>? ipEndPoint;
        private StrongBox<INamedTypeSymbol?>? physicalAddress;
        private StrongBox<INamedTypeSymbol?>? mailAddress;
        private StrongBox<INamedTypeSymbol?>? mailAddressCollection;

        // The kind of application (GdprOptions.ConsoleIsProgramInterface).
        private StrongBox<INamedTypeSymbol?>? aspNetHttpContext;
        private StrongBox<INamedTypeSymbol?>? hostingHost;

        // Settings that write personal data or credentials to logs (LeakingConfigurationModel).
        private StrongBox<INamedTypeSymbol?>? efDbContextOptionsBuilder;
        private StrongBox<INamedTypeSymbol?>? developerExceptionPageExtensions;
        private StrongBox<INamedTypeSymbol?>? identityModelEventSource;
        private StrongBox<INamedTypeSymbol?>? sentryOptions;
        private StrongBox<INamedTypeSymbol?>? httpLoggingOptions;
        private StrongBox<INamedTypeSymbol?>? w3cLoggerOptions;

        // Log files kept without a retention limit (LogRetentionModel).
        private StrongBox<INamedTypeSymbol?>? serilogFileExtensions;
        private StrongBox<INamedTypeSymbol?>? nlogFileTarget;

        // Configuration, whose values read by a secret's key are credentials (CredentialSources).
        private StrongBox<INamedTypeSymbol?>? configuration;

        // What an application writes to its HTTP responses (ResponseSinkModel, CredentialMembers).
        private StrongBox<INamedTypeSymbol?>? mvcController;
        private StrongBox<INamedTypeSymbol?>? mvcApiControllerAttribute;
        private StrongBox<INamedTypeSymbol?>? mvcNonActionAttribute;
        private StrongBox<INamedTypeSymbol?>? mvcObjectResult;
        private StrongBox<INamedTypeSymbol?>? mvcJsonResult;
        private StrongBox<INamedTypeSymbol?>? mvcActionResultOfT;
        private StrongBox<INamedTypeSymbol?>? aspNetResults;
        private StrongBox<INamedTypeSymbol?>? aspNetTypedResults;
        private StrongBox<INamedTypeSymbol?>? httpResponseJsonExtensions;
        private StrongBox<INamedTypeSymbol?>? endpointRouteBuilderExtensions;
        private StrongBox<INamedTypeSymbol?>? identityUser;
        private StrongBox<INamedTypeSymbol?>? systemTextJsonIgnoreAttribute;
        private StrongBox<INamedTypeSymbol?>? newtonsoftJsonIgnoreAttribute;

        // MediatR's message markers (Implementations.InstantiationsOf).
        private StrongBox<INamedTypeSymbol?>? mediatRBaseRequest;
        private StrongBox<INamedTypeSymbol?>? mediatRNotification;

        /// <summary><c>[Hashing]</c> of the annotations library: a password hasher written in the project (GDPR012).</summary>
        public INamedTypeSymbol? HashingAttribute => Resolve(ref hashingAttribute, AnnotationNames.HashingAttribute);

        /// <summary><c>[Encryption]</c> of the annotations library: an encrypting method or class (an EF Core value
        /// converter) written in the project (GDPR014, GDPR012).</summary>
        public INamedTypeSymbol? EncryptionAttribute => Resolve(ref encryptionAttribute, AnnotationNames.EncryptionAttribute);

        /// <summary><c>[Recipient]</c> of the annotations library (GDPR011).</summary>
        public INamedTypeSymbol? RecipientAttribute => Resolve(ref recipientAttribute, AnnotationNames.RecipientAttribute);

        /// <summary><c>[RetentionPeriod]</c> of the annotations library (GDPR013).</summary>
        public INamedTypeSymbol? RetentionPeriodAttribute => Resolve(ref retentionPeriodAttribute, AnnotationNames.RetentionPeriodAttribute);

        /// <summary><c>[ErasureRequestHandler]</c> of the annotations library: a method serving an erasure request (GDPR016,
        /// Art. 17).</summary>
        public INamedTypeSymbol? ErasureRequestHandlerAttribute => Resolve(ref erasureRequestHandlerAttribute, AnnotationNames.ErasureRequestHandlerAttribute);

        /// <summary><c>[AccessRequestHandler]</c> of the annotations library: a method serving an access request (GDPR016,
        /// Art. 15).</summary>
        public INamedTypeSymbol? AccessRequestHandlerAttribute => Resolve(ref accessRequestHandlerAttribute, AnnotationNames.AccessRequestHandlerAttribute);

        /// <summary><c>[RetainedAfterErasure]</c> of the annotations library: personal data kept after an erasure request
        /// (GDPR016, Art. 17(3)).</summary>
        public INamedTypeSymbol? RetainedAfterErasureAttribute => Resolve(ref retainedAfterErasureAttribute, AnnotationNames.RetainedAfterErasureAttribute);

        /// <summary>EF Core <c>Microsoft.EntityFrameworkCore.OwnedAttribute</c>: a type stored as part of its owner.</summary>
        public INamedTypeSymbol? EfOwnedAttribute => Resolve(ref efOwnedAttribute, "Microsoft.EntityFrameworkCore.OwnedAttribute");

        /// <summary>EF Core <c>Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry&lt;TEntity&gt;</c> (the definition),
        /// whose <c>State = EntityState.Deleted</c> removes the entity.</summary>
        public INamedTypeSymbol? EfEntityEntry => Resolve(ref efEntityEntry, "Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry`1");

        /// <summary>EF Core <c>ReferenceCollectionBuilder&lt;TPrincipalEntity, TDependentEntity&gt;</c> (the definition): a
        /// one-to-many relationship configured with <c>HasOne().WithMany()</c> or <c>HasMany().WithOne()</c>.</summary>
        public INamedTypeSymbol? EfReferenceCollectionBuilder => Resolve(ref efReferenceCollectionBuilder, "Microsoft.EntityFrameworkCore.Metadata.Builders.ReferenceCollectionBuilder`2");

        /// <summary>EF Core <c>ReferenceReferenceBuilder&lt;TEntity, TRelatedEntity&gt;</c> (the definition): a one-to-one
        /// relationship configured with <c>HasOne().WithOne()</c>.</summary>
        public INamedTypeSymbol? EfReferenceReferenceBuilder => Resolve(ref efReferenceReferenceBuilder, "Microsoft.EntityFrameworkCore.Metadata.Builders.ReferenceReferenceBuilder`2");

        /// <summary><c>System.ComponentModel.DataAnnotations.KeyAttribute</c>: an entity's key property.</summary>
        public INamedTypeSymbol? KeyAttribute => Resolve(ref keyAttribute, "System.ComponentModel.DataAnnotations.KeyAttribute");

        /// <summary><c>System.ComponentModel.DataAnnotations.RequiredAttribute</c>: a required property or navigation.</summary>
        public INamedTypeSymbol? RequiredAttribute => Resolve(ref requiredAttribute, "System.ComponentModel.DataAnnotations.RequiredAttribute");

        /// <summary><c>System.ComponentModel.DataAnnotations.Schema.ForeignKeyAttribute</c>: names a navigation's foreign
        /// key property, or a foreign key's navigation.</summary>
        public INamedTypeSymbol? ForeignKeyAttribute => Resolve(ref foreignKeyAttribute, "System.ComponentModel.DataAnnotations.Schema.ForeignKeyAttribute");

        /// <summary>ASP.NET Core Identity's <c>UserManager&lt;TUser&gt;</c> (the definition).</summary>
        public INamedTypeSymbol? IdentityUserManager => Resolve(ref identityUserManager, "Microsoft.AspNetCore.Identity.UserManager`1");

        /// <summary>ASP.NET Core Identity's <c>IdentityUserClaim&lt;TKey&gt;</c> (the definition): a claim of one user.</summary>
        public INamedTypeSymbol? IdentityUserClaim => Resolve(ref identityUserClaim, "Microsoft.AspNetCore.Identity.IdentityUserClaim`1");

        /// <summary>ASP.NET Core Identity's <c>IdentityUserLogin&lt;TKey&gt;</c> (the definition): a user's external login,
        /// with the user's key at the provider.</summary>
        public INamedTypeSymbol? IdentityUserLogin => Resolve(ref identityUserLogin, "Microsoft.AspNetCore.Identity.IdentityUserLogin`1");

        /// <summary>ASP.NET Core Identity's <c>IdentityUserToken&lt;TKey&gt;</c> (the definition): a token of one user
        /// (authenticator key, recovery codes, an external provider's tokens).</summary>
        public INamedTypeSymbol? IdentityUserToken => Resolve(ref identityUserToken, "Microsoft.AspNetCore.Identity.IdentityUserToken`1");

        /// <summary><c>[ProcessingPurpose]</c> of the annotations library.</summary>
        public INamedTypeSymbol? ProcessingPurposeAttribute => Resolve(ref processingPurposeAttribute, AnnotationNames.ProcessingPurposeAttribute);

        /// <summary><c>[LawfulBasis]</c> of the annotations library.</summary>
        public INamedTypeSymbol? LawfulBasisAttribute => Resolve(ref lawfulBasisAttribute, AnnotationNames.LawfulBasisAttribute);

        /// <summary><c>[AutomatedDecision]</c> of the annotations library: a method whose result is a decision about a
        /// person.</summary>
        public INamedTypeSymbol? AutomatedDecisionAttribute => Resolve(ref automatedDecisionAttribute, AnnotationNames.AutomatedDecisionAttribute);

        /// <summary><c>[HumanReview]</c> of the annotations library: a person reviews the decisions made here.</summary>
        public INamedTypeSymbol? HumanReviewAttribute => Resolve(ref humanReviewAttribute, AnnotationNames.HumanReviewAttribute);

        /// <summary><c>PendingDecision</c> of the annotations library, the human-review queue a decision is held in.</summary>
        public INamedTypeSymbol? PendingDecision => Resolve(ref pendingDecision, AnnotationNames.PendingDecision);

        /// <summary><c>Microsoft.Extensions.Configuration.IConfiguration</c>, implemented by configuration roots, sections
        /// and the configuration manager.</summary>
        public INamedTypeSymbol? Configuration => Resolve(ref configuration, "Microsoft.Extensions.Configuration.IConfiguration");

        /// <summary>EF Core <c>Microsoft.EntityFrameworkCore.DbContext</c>.</summary>
        public INamedTypeSymbol? EfDbContext => Resolve(ref efDbContext, "Microsoft.EntityFrameworkCore.DbContext");

        /// <summary>EF Core <c>Microsoft.EntityFrameworkCore.DbSet&lt;TEntity&gt;</c> (the definition).</summary>
        public INamedTypeSymbol? EfDbSet => Resolve(ref efDbSet, "Microsoft.EntityFrameworkCore.DbSet`1");

        /// <summary>EF Core <c>Microsoft.EntityFrameworkCore.IEntityTypeConfiguration&lt;TEntity&gt;</c> (the
        /// definition), whose <c>Configure</c> maps an entity.</summary>
        public INamedTypeSymbol? EfEntityTypeConfiguration => Resolve(ref efEntityTypeConfiguration, "Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1");

        /// <summary>EF Core <c>Microsoft.EntityFrameworkCore.KeylessAttribute</c>: an entity EF Core reads but never
        /// saves.</summary>
        public INamedTypeSymbol? EfKeylessAttribute => Resolve(ref efKeylessAttribute, "Microsoft.EntityFrameworkCore.KeylessAttribute");

        /// <summary>EF Core <c>Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder&lt;TEntity&gt;</c> (the
        /// definition), the receiver of <c>HasNoKey</c>, <c>ToView</c>, <c>ToTable</c>.</summary>
        public INamedTypeSymbol? EfEntityTypeBuilder => Resolve(ref efEntityTypeBuilder, "Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder`1");

        /// <summary>EF Core <c>Microsoft.EntityFrameworkCore.Migrations.Migration</c>, the base of generated
        /// migrations.</summary>
        public INamedTypeSymbol? EfMigration => Resolve(ref efMigration, "Microsoft.EntityFrameworkCore.Migrations.Migration");

        /// <summary>EF Core <c>Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot</c>, the base of the generated
        /// model snapshot.</summary>
        public INamedTypeSymbol? EfModelSnapshot => Resolve(ref efModelSnapshot, "Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot");

        /// <summary>Dapper <c>Dapper.SqlMapper</c>, whose extension methods run SQL.</summary>
        public INamedTypeSymbol? DapperSqlMapper => Resolve(ref dapperSqlMapper, "Dapper.SqlMapper");

        /// <summary>ADO.NET <c>System.Data.Common.DbParameter</c>.</summary>
        public INamedTypeSymbol? DbParameter => Resolve(ref dbParameter, "System.Data.Common.DbParameter");

        /// <summary>ADO.NET <c>System.Data.Common.DbParameterCollection</c>.</summary>
        public INamedTypeSymbol? DbParameterCollection => Resolve(ref dbParameterCollection, "System.Data.Common.DbParameterCollection");

        /// <summary>ADO.NET <c>System.Data.Common.DbCommand</c>.</summary>
        public INamedTypeSymbol? DbCommand => Resolve(ref dbCommand, "System.Data.Common.DbCommand");

        /// <summary>ADO.NET <c>System.Data.IDbCommand</c>.</summary>
        public INamedTypeSymbol? DataCommand => Resolve(ref dataCommand, "System.Data.IDbCommand");

        /// <summary><c>System.IO.File</c>.</summary>
        public INamedTypeSymbol? File => Resolve(ref file, "System.IO.File");

        /// <summary><c>System.IO.StreamWriter</c>.</summary>
        public INamedTypeSymbol? StreamWriter => Resolve(ref streamWriter, "System.IO.StreamWriter");

        /// <summary><c>Microsoft.Extensions.Caching.Distributed.IDistributedCache</c>.</summary>
        public INamedTypeSymbol? DistributedCache => Resolve(ref distributedCache, "Microsoft.Extensions.Caching.Distributed.IDistributedCache");

        /// <summary><c>Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions</c> (<c>SetString</c>,
        /// <c>SetStringAsync</c>).</summary>
        public INamedTypeSymbol? DistributedCacheExtensions => Resolve(ref distributedCacheExtensions, "Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions");

        /// <summary>StackExchange.Redis <c>StackExchange.Redis.IDatabase</c>.</summary>
        public INamedTypeSymbol? RedisDatabase => Resolve(ref redisDatabase, "StackExchange.Redis.IDatabase");

        /// <summary>StackExchange.Redis <c>StackExchange.Redis.IDatabaseAsync</c>.</summary>
        public INamedTypeSymbol? RedisDatabaseAsync => Resolve(ref redisDatabaseAsync, "StackExchange.Redis.IDatabaseAsync");

        /// <summary>MongoDB <c>MongoDB.Driver.IMongoCollection&lt;TDocument&gt;</c> (the definition).</summary>
        public INamedTypeSymbol? MongoCollection => Resolve(ref mongoCollection, "MongoDB.Driver.IMongoCollection`1");

        /// <summary>MongoDB <c>MongoDB.Driver.IMongoCollectionExtensions</c>.</summary>
        public INamedTypeSymbol? MongoCollectionExtensions => Resolve(ref mongoCollectionExtensions, "MongoDB.Driver.IMongoCollectionExtensions");

        /// <summary>ASP.NET Core <c>Microsoft.AspNetCore.Http.ISession</c>.</summary>
        public INamedTypeSymbol? AspNetSession => Resolve(ref aspNetSession, "Microsoft.AspNetCore.Http.ISession");

        /// <summary>ASP.NET Core <c>Microsoft.AspNetCore.Http.SessionExtensions</c> (<c>SetString</c>,
        /// <c>SetInt32</c>).</summary>
        public INamedTypeSymbol? AspNetSessionExtensions => Resolve(ref aspNetSessionExtensions, "Microsoft.AspNetCore.Http.SessionExtensions");

        /// <summary>ASP.NET Core <c>Microsoft.AspNetCore.Http.IResponseCookies</c>.</summary>
        public INamedTypeSymbol? AspNetResponseCookies => Resolve(ref aspNetResponseCookies, "Microsoft.AspNetCore.Http.IResponseCookies");

        /// <summary>ML.NET <c>Microsoft.ML.PredictionEngineBase&lt;TSrc, TDst&gt;</c> (the definition), the base of
        /// <c>PredictionEngine</c>.</summary>
        public INamedTypeSymbol? MLPredictionEngineBase => Resolve(ref mlPredictionEngineBase, "Microsoft.ML.PredictionEngineBase`2");

        /// <summary>Microsoft.Extensions.ML <c>Microsoft.Extensions.ML.PredictionEnginePool&lt;TData, TPrediction&gt;</c>
        /// (the definition).</summary>
        public INamedTypeSymbol? MLPredictionEnginePool => Resolve(ref mlPredictionEnginePool, "Microsoft.Extensions.ML.PredictionEnginePool`2");

        /// <summary>Microsoft.Extensions.AI <c>Microsoft.Extensions.AI.IChatClient</c>.</summary>
        public INamedTypeSymbol? AIChatClient => Resolve(ref aiChatClient, "Microsoft.Extensions.AI.IChatClient");

        /// <summary>Microsoft.Extensions.AI <c>Microsoft.Extensions.AI.ChatClientExtensions</c>.</summary>
        public INamedTypeSymbol? AIChatClientExtensions => Resolve(ref aiChatClientExtensions, "Microsoft.Extensions.AI.ChatClientExtensions");

        /// <summary><c>System.Threading.CancellationToken</c>.</summary>
        public INamedTypeSymbol? CancellationToken => Resolve(ref cancellationToken, "System.Threading.CancellationToken");

        /// <summary><c>System.Threading.Tasks.Task</c>.</summary>
        public INamedTypeSymbol? Task => Resolve(ref task, "System.Threading.Tasks.Task");

        /// <summary><c>System.Threading.Tasks.Task&lt;TResult&gt;</c> (the definition).</summary>
        public INamedTypeSymbol? TaskOfT => Resolve(ref taskOfT, "System.Threading.Tasks.Task`1");

        /// <summary><c>System.Threading.Tasks.ValueTask</c>.</summary>
        public INamedTypeSymbol? ValueTask => Resolve(ref valueTask, "System.Threading.Tasks.ValueTask");

        /// <summary><c>System.Threading.Tasks.ValueTask&lt;TResult&gt;</c> (the definition).</summary>
        public INamedTypeSymbol? ValueTaskOfT => Resolve(ref valueTaskOfT, "System.Threading.Tasks.ValueTask`1");

        /// <summary>ASP.NET Core MVC <c>Microsoft.AspNetCore.Mvc.IActionResult</c>, a framework result.</summary>
        public INamedTypeSymbol? MvcActionResult => Resolve(ref mvcActionResult, "Microsoft.AspNetCore.Mvc.IActionResult");

        /// <summary>ASP.NET Core MVC <c>Microsoft.AspNetCore.Mvc.Infrastructure.IConvertToActionResult</c>
        /// (<c>ActionResult&lt;T&gt;</c>), a framework result.</summary>
        public INamedTypeSymbol? MvcConvertToActionResult => Resolve(ref mvcConvertToActionResult, "Microsoft.AspNetCore.Mvc.Infrastructure.IConvertToActionResult");

        /// <summary>ASP.NET Core <c>Microsoft.AspNetCore.Http.IResult</c> (minimal APIs' results), a framework
        /// result.</summary>
        public INamedTypeSymbol? AspNetResult => Resolve(ref aspNetResult, "Microsoft.AspNetCore.Http.IResult");

        /// <summary>ASP.NET Core Identity <c>Microsoft.AspNetCore.Identity.IdentityResult</c>, a framework result.</summary>
        public INamedTypeSymbol? IdentityResult => Resolve(ref identityResult, "Microsoft.AspNetCore.Identity.IdentityResult");

        /// <summary>ASP.NET Core Identity <c>Microsoft.AspNetCore.Identity.SignInResult</c>, a framework result.</summary>
        public INamedTypeSymbol? IdentitySignInResult => Resolve(ref identitySignInResult, "Microsoft.AspNetCore.Identity.SignInResult");

        /// <summary><c>System.ComponentModel.DataAnnotations.ValidationResult</c>, a framework result.</summary>
        public INamedTypeSymbol? ValidationResult => Resolve(ref validationResult, "System.ComponentModel.DataAnnotations.ValidationResult");

        /// <summary>ASP.NET Core MVC <c>Microsoft.AspNetCore.Mvc.ControllerBase</c>, an endpoint type.</summary>
        public INamedTypeSymbol? MvcControllerBase => Resolve(ref mvcControllerBase, "Microsoft.AspNetCore.Mvc.ControllerBase");

        /// <summary>Razor Pages <c>Microsoft.AspNetCore.Mvc.RazorPages.PageModel</c>, an endpoint type.</summary>
        public INamedTypeSymbol? RazorPageModel => Resolve(ref razorPageModel, "Microsoft.AspNetCore.Mvc.RazorPages.PageModel");

        /// <summary>SignalR <c>Microsoft.AspNetCore.SignalR.Hub</c>, an endpoint type.</summary>
        public INamedTypeSymbol? SignalRHub => Resolve(ref signalRHub, "Microsoft.AspNetCore.SignalR.Hub");

        /// <summary><c>System.Guid</c>.</summary>
        public INamedTypeSymbol? Guid => Resolve(ref guid, "System.Guid");

        /// <summary><c>System.DateOnly</c> (absent before .NET 6).</summary>
        public INamedTypeSymbol? DateOnly => Resolve(ref dateOnly, "System.DateOnly");

        /// <summary><c>System.DateTimeOffset</c>.</summary>
        public INamedTypeSymbol? DateTimeOffset => Resolve(ref dateTimeOffset, "System.DateTimeOffset");

        /// <summary><c>System.Net.IPAddress</c>.</summary>
        public INamedTypeSymbol? IPAddress => Resolve(ref ipAddress, "System.Net.IPAddress");

        /// <summary><c>System.Net.IPEndPoint</c>.</summary>
        public INamedTypeSymbol? IPEndPoint => Resolve(ref ipEndPoint, "System.Net.IPEndPoint");

        /// <summary><c>System.Net.NetworkInformation.PhysicalAddress</c> (a MAC address).</summary>
        public INamedTypeSymbol? PhysicalAddress => Resolve(ref physicalAddress, "System.Net.NetworkInformation.PhysicalAddress");

        /// <summary><c>System.Net.Mail.MailAddress</c>.</summary>
        public INamedTypeSymbol? MailAddress => Resolve(ref mailAddress, "System.Net.Mail.MailAddress");

        /// <summary><c>System.Net.Mail.MailAddressCollection</c>.</summary>
        public INamedTypeSymbol? MailAddressCollection => Resolve(ref mailAddressCollection, "System.Net.Mail.MailAddressCollection");

        /// <summary>ASP.NET Core <c>Microsoft.AspNetCore.Http.HttpContext</c>: the compilation is a web
        /// application.</summary>
        public INamedTypeSymbol? AspNetHttpContext => Resolve(ref aspNetHttpContext, "Microsoft.AspNetCore.Http.HttpContext");

        /// <summary>The generic host's <c>Microsoft.Extensions.Hosting.IHost</c>: the compilation is a hosted
        /// service.</summary>
        public INamedTypeSymbol? HostingHost => Resolve(ref hostingHost, "Microsoft.Extensions.Hosting.IHost");

        /// <summary>EF Core's <c>Microsoft.EntityFrameworkCore.DbContextOptionsBuilder</c> (<c>EnableSensitiveDataLogging</c>).</summary>
        public INamedTypeSymbol? EfDbContextOptionsBuilder => Resolve(ref efDbContextOptionsBuilder, "Microsoft.EntityFrameworkCore.DbContextOptionsBuilder");

        /// <summary>ASP.NET Core's <c>Microsoft.AspNetCore.Builder.DeveloperExceptionPageExtensions</c>
        /// (<c>UseDeveloperExceptionPage</c>).</summary>
        public INamedTypeSymbol? DeveloperExceptionPageExtensions => Resolve(ref developerExceptionPageExtensions, "Microsoft.AspNetCore.Builder.DeveloperExceptionPageExtensions");

        /// <summary>Microsoft.IdentityModel's <c>Microsoft.IdentityModel.Logging.IdentityModelEventSource</c>
        /// (<c>ShowPII</c>, <c>LogCompleteSecurityArtifact</c>).</summary>
        public INamedTypeSymbol? IdentityModelEventSource => Resolve(ref identityModelEventSource, "Microsoft.IdentityModel.Logging.IdentityModelEventSource");

        /// <summary>Sentry's <c>Sentry.SentryOptions</c> (<c>SendDefaultPii</c>).</summary>
        public INamedTypeSymbol? SentryOptions => Resolve(ref sentryOptions, "Sentry.SentryOptions");

        /// <summary>ASP.NET Core's <c>Microsoft.AspNetCore.HttpLogging.HttpLoggingOptions</c> (<c>AddHttpLogging</c>).</summary>
        public INamedTypeSymbol? HttpLoggingOptions => Resolve(ref httpLoggingOptions, "Microsoft.AspNetCore.HttpLogging.HttpLoggingOptions");

        /// <summary>ASP.NET Core's <c>Microsoft.AspNetCore.HttpLogging.W3CLoggerOptions</c> (<c>AddW3CLogging</c>).</summary>
        public INamedTypeSymbol? W3CLoggerOptions => Resolve(ref w3cLoggerOptions, "Microsoft.AspNetCore.HttpLogging.W3CLoggerOptions");

        /// <summary>Serilog.Sinks.File's <c>FileLoggerConfigurationExtensions</c>, whose <c>File</c> is <c>WriteTo.File(...)</c>.</summary>
        public INamedTypeSymbol? SerilogFileExtensions => Resolve(ref serilogFileExtensions, "Serilog.FileLoggerConfigurationExtensions");

        /// <summary>NLog's <c>FileTarget</c>, configured in code with <c>new FileTarget { ... }</c>.</summary>
        public INamedTypeSymbol? NLogFileTarget => Resolve(ref nlogFileTarget, "NLog.Targets.FileTarget");

        /// <summary>ASP.NET Core MVC's <c>Microsoft.AspNetCore.Mvc.Controller</c> (<c>Json(data)</c>).</summary>
        public INamedTypeSymbol? MvcController => Resolve(ref mvcController, "Microsoft.AspNetCore.Mvc.Controller");

        /// <summary>ASP.NET Core MVC's <c>[ApiController]</c>, which makes a class's public methods actions.</summary>
        public INamedTypeSymbol? MvcApiControllerAttribute => Resolve(ref mvcApiControllerAttribute, "Microsoft.AspNetCore.Mvc.ApiControllerAttribute");

        /// <summary>ASP.NET Core MVC's <c>[NonAction]</c>: a controller's public method that is not an action.</summary>
        public INamedTypeSymbol? MvcNonActionAttribute => Resolve(ref mvcNonActionAttribute, "Microsoft.AspNetCore.Mvc.NonActionAttribute");

        /// <summary>ASP.NET Core MVC's <c>Microsoft.AspNetCore.Mvc.ObjectResult</c>, base of <c>OkObjectResult</c> and the
        /// other results that serialize a value.</summary>
        public INamedTypeSymbol? MvcObjectResult => Resolve(ref mvcObjectResult, "Microsoft.AspNetCore.Mvc.ObjectResult");

        /// <summary>ASP.NET Core MVC's <c>Microsoft.AspNetCore.Mvc.JsonResult</c>.</summary>
        public INamedTypeSymbol? MvcJsonResult => Resolve(ref mvcJsonResult, "Microsoft.AspNetCore.Mvc.JsonResult");

        /// <summary>ASP.NET Core MVC's <c>ActionResult&lt;TValue&gt;</c>.</summary>
        public INamedTypeSymbol? MvcActionResultOfT => Resolve(ref mvcActionResultOfT, "Microsoft.AspNetCore.Mvc.ActionResult`1");

        /// <summary>ASP.NET Core's <c>Microsoft.AspNetCore.Http.Results</c> (<c>Results.Ok(value)</c>).</summary>
        public INamedTypeSymbol? AspNetResults => Resolve(ref aspNetResults, "Microsoft.AspNetCore.Http.Results");

        /// <summary>ASP.NET Core's <c>Microsoft.AspNetCore.Http.TypedResults</c>.</summary>
        public INamedTypeSymbol? AspNetTypedResults => Resolve(ref aspNetTypedResults, "Microsoft.AspNetCore.Http.TypedResults");

        /// <summary>ASP.NET Core's <c>Microsoft.AspNetCore.Http.HttpResponseJsonExtensions</c> (<c>WriteAsJsonAsync</c>).</summary>
        public INamedTypeSymbol? HttpResponseJsonExtensions => Resolve(ref httpResponseJsonExtensions, "Microsoft.AspNetCore.Http.HttpResponseJsonExtensions");

        /// <summary>ASP.NET Core's <c>Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions</c> (<c>MapGet</c> and
        /// the other minimal API endpoints).</summary>
        public INamedTypeSymbol? EndpointRouteBuilderExtensions => Resolve(ref endpointRouteBuilderExtensions, "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");

        /// <summary>ASP.NET Core Identity's <c>IdentityUser&lt;TKey&gt;</c> (<c>PasswordHash</c>, <c>SecurityStamp</c>).</summary>
        public INamedTypeSymbol? IdentityUser => Resolve(ref identityUser, "Microsoft.AspNetCore.Identity.IdentityUser`1");

        /// <summary>System.Text.Json's <c>[JsonIgnore]</c>.</summary>
        public INamedTypeSymbol? SystemTextJsonIgnoreAttribute => Resolve(ref systemTextJsonIgnoreAttribute, "System.Text.Json.Serialization.JsonIgnoreAttribute");

        /// <summary>Newtonsoft.Json's <c>[JsonIgnore]</c>.</summary>
        public INamedTypeSymbol? NewtonsoftJsonIgnoreAttribute => Resolve(ref newtonsoftJsonIgnoreAttribute, "Newtonsoft.Json.JsonIgnoreAttribute");

        /// <summary>
        /// The messages a MediatR pipeline or handler interface is instantiated for, when <paramref name="handler"/> is
        /// one: MediatR's <c>INotification</c> for <c>INotificationHandler&lt;T&gt;</c>, its <c>IBaseRequest</c> for
        /// <c>IPipelineBehavior</c>, <c>IStreamPipelineBehavior</c>, <c>IRequestPreProcessor</c> and
        /// <c>IRequestPostProcessor</c> (MediatR instantiates them for every such message); null for any other
        /// interface, or when the marker does not bind.
        /// </summary>
        public INamedTypeSymbol? MediatRMessageMarker(INamedTypeSymbol handler)
        {
            if (handler.ContainingNamespace?.Name != "MediatR")
            {
                return null;
            }

            return handler.Name switch
            {
                "INotificationHandler" => Resolve(ref mediatRNotification, "MediatR.INotification"),
                "IPipelineBehavior" or "IStreamPipelineBehavior" or "IRequestPreProcessor" or "IRequestPostProcessor" => Resolve(ref mediatRBaseRequest, "MediatR.IBaseRequest"),
                _ => null,
            };
        }

        /// <summary>The type named <paramref name="metadataName"/>, looked up on the first call and kept in
        /// <paramref name="slot"/> (the box tells a missing type from one not yet looked up). Two threads may both look it
        /// up the first time; they find the same symbol.</summary>
        private INamedTypeSymbol? Resolve(ref StrongBox<INamedTypeSymbol?>? slot, string metadataName)
        {
            StrongBox<INamedTypeSymbol?>? resolved = Volatile.Read(ref slot);
            if (resolved is null)
            {
                resolved = new StrongBox<INamedTypeSymbol?>(compilation.GetTypeByMetadataName(metadataName));
                Volatile.Write(ref slot, resolved);
            }

            return resolved.Value;
        }
    }
}
