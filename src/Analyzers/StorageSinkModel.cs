using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// Which calls store data, modelled on the libraries' public APIs (recognised by metadata name): EF Core
    /// <c>DbContext</c>/<c>DbSet&lt;T&gt;</c> <c>Add</c>, <c>AddRange</c>, <c>Update</c>, <c>UpdateRange</c>, <c>Attach</c>,
    /// <c>AttachRange</c> and their async forms; Dapper <c>Execute*</c> and <c>Query*</c> whose SQL inserts or updates;
    /// ADO.NET <c>DbParameter.Value</c> and <c>AddWithValue</c>; <c>File.WriteAll*</c>/<c>AppendAll*</c>;
    /// <c>StreamWriter.Write*</c>; <c>IDistributedCache.Set*</c>; StackExchange.Redis <c>IDatabase</c> string, hash, list
    /// and set writes; MongoDB <c>IMongoCollection&lt;T&gt;</c> inserts, replaces and updates; ASP.NET Core
    /// <c>ISession.Set*</c> and <c>IResponseCookies.Append</c>.
    /// </summary>
    internal sealed class StorageSinkModel
    {
        private readonly INamedTypeSymbol? dbContext;
        private readonly INamedTypeSymbol? dbSet;
        private readonly INamedTypeSymbol? sqlMapper;
        private readonly INamedTypeSymbol? dbParameter;
        private readonly INamedTypeSymbol? dbParameterCollection;
        private readonly INamedTypeSymbol? file;
        private readonly INamedTypeSymbol? streamWriter;
        private readonly INamedTypeSymbol? distributedCache;
        private readonly INamedTypeSymbol? distributedCacheExtensions;
        private readonly INamedTypeSymbol? redisDatabase;
        private readonly INamedTypeSymbol? redisDatabaseAsync;
        private readonly INamedTypeSymbol? mongoCollection;
        private readonly INamedTypeSymbol? mongoCollectionExtensions;
        private readonly INamedTypeSymbol? session;
        private readonly INamedTypeSymbol? sessionExtensions;
        private readonly INamedTypeSymbol? responseCookies;

        private readonly UserModels user;

        public StorageSinkModel(Compilation compilation, UserModels user)
        {
            this.user = user;
            dbContext = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
            dbSet = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
            sqlMapper = compilation.GetTypeByMetadataName("Dapper.SqlMapper");
            dbParameter = compilation.GetTypeByMetadataName("System.Data.Common.DbParameter");
            dbParameterCollection = compilation.GetTypeByMetadataName("System.Data.Common.DbParameterCollection");
            file = compilation.GetTypeByMetadataName("System.IO.File");
            streamWriter = compilation.GetTypeByMetadataName("System.IO.StreamWriter");
            distributedCache = compilation.GetTypeByMetadataName("Microsoft.Extensions.Caching.Distributed.IDistributedCache");
            distributedCacheExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions");
            redisDatabase = compilation.GetTypeByMetadataName("StackExchange.Redis.IDatabase");
            redisDatabaseAsync = compilation.GetTypeByMetadataName("StackExchange.Redis.IDatabaseAsync");
            mongoCollection = compilation.GetTypeByMetadataName("MongoDB.Driver.IMongoCollection`1");
            mongoCollectionExtensions = compilation.GetTypeByMetadataName("MongoDB.Driver.IMongoCollectionExtensions");
            session = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.ISession");
            sessionExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.SessionExtensions");
            responseCookies = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IResponseCookies");
        }

        /// <summary>The kind of store a call writes to.</summary>
        public enum StoreKind
        {
            None,
            EntityFramework,
            Other,
        }

        /// <summary>Whether a parameter of a storing call carries the stored data (keys, options, SQL text and tokens do not).</summary>
        public static bool IsDataParameter(IParameterSymbol parameter)
        {
            switch (parameter.Name)
            {
                case "key":
                case "path":
                case "sql":
                case "options":
                case "cancellationToken":
                case "token":
                case "flags":
                case "when":
                case "expiry":
                case "commandTimeout":
                case "commandType":
                case "transaction":
                case "cnn":
                case "encoding":
                case "filter":
                case "parameterName":
                    return false;
            }

            return parameter.Type.TypeKind != TypeKind.Enum && parameter.Type.SpecialType != SpecialType.System_Boolean;
        }

        /// <summary>Classifies the target of a call.</summary>
        public StoreKind Classify(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            INamedTypeSymbol? type = method.ContainingType;
            if (type is null)
            {
                return StoreKind.None;
            }

            string name = method.Name;
            if (user.IsStorageSink(method))
            {
                return StoreKind.Other;
            }

            if (IsEfWrite(name) && (SymbolRelations.DerivesFrom(type, dbContext) || Is(type.OriginalDefinition, dbSet)))
            {
                return StoreKind.EntityFramework;
            }

            if (Is(type, sqlMapper))
            {
                // Execute* stores unless its constant SQL plainly does not write (DELETE); Query* only when its SQL writes.
                if (name.StartsWith("Execute", System.StringComparison.Ordinal))
                {
                    return SqlWrites(invocation) != false ? StoreKind.Other : StoreKind.None;
                }

                return name.StartsWith("Query", System.StringComparison.Ordinal) && SqlWrites(invocation) == true ? StoreKind.Other : StoreKind.None;
            }

            if (name == "AddWithValue" && SymbolRelations.DerivesFrom(type, dbParameterCollection))
            {
                return StoreKind.Other;
            }

            if (Is(type, file))
            {
                return name.StartsWith("WriteAll", System.StringComparison.Ordinal) || name.StartsWith("AppendAll", System.StringComparison.Ordinal)
                    ? StoreKind.Other
                    : StoreKind.None;
            }

            if (name.StartsWith("Write", System.StringComparison.Ordinal) && SymbolRelations.DerivesFrom(type, streamWriter))
            {
                return StoreKind.Other;
            }

            if (name.StartsWith("Set", System.StringComparison.Ordinal)
                && (SymbolRelations.Implements(type, distributedCache) || Is(type, distributedCacheExtensions) || SymbolRelations.Implements(type, session) || Is(type, sessionExtensions)))
            {
                return StoreKind.Other;
            }

            if (SymbolRelations.Implements(type, redisDatabase) || SymbolRelations.Implements(type, redisDatabaseAsync))
            {
                return IsRedisWrite(name) ? StoreKind.Other : StoreKind.None;
            }

            if (type.OriginalDefinition is { } definition
                && (SymbolRelations.Implements(definition, mongoCollection) || Is(type, mongoCollectionExtensions)))
            {
                return IsMongoWrite(name) ? StoreKind.Other : StoreKind.None;
            }

            if (name == "Append" && SymbolRelations.Implements(type, responseCookies))
            {
                return StoreKind.Other;
            }

            return StoreKind.None;
        }

        /// <summary>Whether an assignment target is <c>DbParameter.Value</c> (or an override of it).</summary>
        public bool IsParameterValue(IPropertySymbol property) =>
            property.Name == "Value" && SymbolRelations.DerivesFrom(property.ContainingType, dbParameter);

        /// <summary>The name shown in messages, e.g. <c>IDistributedCache.SetString</c>.</summary>
        public static string DisplayName(IMethodSymbol method)
        {
            IMethodSymbol reduced = method.ReducedFrom ?? method;
            string receiver = reduced.IsExtensionMethod && reduced.Parameters.Length > 0 ? reduced.Parameters[0].Type.Name : method.ContainingType.Name;
            return receiver + "." + method.Name;
        }

        /// <summary>Whether the call's constant SQL inserts or updates (the words INSERT, UPDATE, MERGE, UPSERT, REPLACE as
        /// whole words); null when the SQL is not a constant.</summary>
        private static bool? SqlWrites(IInvocationOperation invocation)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == "sql")
                {
                    return argument.Value.ConstantValue is { HasValue: true, Value: string sql } ? WritesWord.IsMatch(sql) : null;
                }
            }

            return null;
        }

        private static readonly System.Text.RegularExpressions.Regex WritesWord = new(
            @"\b(INSERT|UPDATE|MERGE|UPSERT|REPLACE)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static bool IsEfWrite(string name) => name switch
        {
            "Add" or "AddAsync" or "AddRange" or "AddRangeAsync" or "Update" or "UpdateRange" or "Attach" or "AttachRange" => true,
            _ => false,
        };

        private static bool IsRedisWrite(string name) =>
            name.StartsWith("StringSet", System.StringComparison.Ordinal)
            || name.StartsWith("StringAppend", System.StringComparison.Ordinal)
            || name.StartsWith("HashSet", System.StringComparison.Ordinal)
            || name.StartsWith("ListLeftPush", System.StringComparison.Ordinal)
            || name.StartsWith("ListRightPush", System.StringComparison.Ordinal)
            || name.StartsWith("ListSetByIndex", System.StringComparison.Ordinal)
            || name.StartsWith("ListInsert", System.StringComparison.Ordinal)
            || name.StartsWith("SetAdd", System.StringComparison.Ordinal)
            || name.StartsWith("SortedSetAdd", System.StringComparison.Ordinal);

        private static bool IsMongoWrite(string name) =>
            name.StartsWith("InsertOne", System.StringComparison.Ordinal)
            || name.StartsWith("InsertMany", System.StringComparison.Ordinal)
            || name.StartsWith("ReplaceOne", System.StringComparison.Ordinal)
            || name.StartsWith("UpdateOne", System.StringComparison.Ordinal)
            || name.StartsWith("UpdateMany", System.StringComparison.Ordinal)
            || name.StartsWith("FindOneAndReplace", System.StringComparison.Ordinal)
            || name.StartsWith("FindOneAndUpdate", System.StringComparison.Ordinal);

        private static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
            type != null && known != null && SymbolEqualityComparer.Default.Equals(type, known);



    }
}
