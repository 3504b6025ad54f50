using System.Collections.Generic;
using System.Runtime.CompilerServices;
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
    /// <para>SQL parameters are stored only where their command's constant SQL stores them (<see cref="SqlText"/>): a
    /// parameter used only to select rows (a WHERE argument), the parameters of a SELECT or DELETE and those of a stored
    /// procedure named as a read (<c>usp_GetCustomerByEmail</c>) are not. Where the SQL is not a constant of the call (for
    /// Dapper) or of the method that builds the command (for ADO.NET: <c>CommandText</c> and the command's constructor),
    /// every parameter counts as stored.</para>
    /// </summary>
    internal sealed class StorageSinkModel
    {
        private readonly KnownSymbols known;
        private readonly UserModels user;
        private readonly ConditionalWeakTable<IOperation, CommandTexts> bodies = new();

        public StorageSinkModel(KnownSymbols known)
        {
            this.known = known;
            user = known.User;
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

            if (IsEfWrite(name) && (SymbolRelations.DerivesFrom(type, known.EfDbContext) || SymbolRelations.IsExactly(type.OriginalDefinition, known.EfDbSet)))
            {
                return StoreKind.EntityFramework;
            }

            if (SymbolRelations.IsExactly(type, known.DapperSqlMapper))
            {
                // Execute* stores unless its constant SQL plainly does not write (SELECT, DELETE, a procedure named as a
                // read); Query* only when its SQL writes.
                SqlText? sql = DapperSql(invocation);
                if (name.StartsWith("Execute", System.StringComparison.Ordinal))
                {
                    return sql?.Writes != false ? StoreKind.Other : StoreKind.None;
                }

                return name.StartsWith("Query", System.StringComparison.Ordinal) && sql?.Writes == true ? StoreKind.Other : StoreKind.None;
            }

            if (name == "AddWithValue" && SymbolRelations.DerivesFrom(type, known.DbParameterCollection))
            {
                return StoreKind.Other;
            }

            if (SymbolRelations.IsExactly(type, known.File))
            {
                return name.StartsWith("WriteAll", System.StringComparison.Ordinal) || name.StartsWith("AppendAll", System.StringComparison.Ordinal)
                    ? StoreKind.Other
                    : StoreKind.None;
            }

            if (name.StartsWith("Write", System.StringComparison.Ordinal) && SymbolRelations.DerivesFrom(type, known.StreamWriter))
            {
                return StoreKind.Other;
            }

            if (name.StartsWith("Set", System.StringComparison.Ordinal)
                && (SymbolRelations.Implements(type, known.DistributedCache) || SymbolRelations.IsExactly(type, known.DistributedCacheExtensions) || SymbolRelations.Implements(type, known.AspNetSession) || SymbolRelations.IsExactly(type, known.AspNetSessionExtensions)))
            {
                return StoreKind.Other;
            }

            if (SymbolRelations.Implements(type, known.RedisDatabase) || SymbolRelations.Implements(type, known.RedisDatabaseAsync))
            {
                return IsRedisWrite(name) ? StoreKind.Other : StoreKind.None;
            }

            if (type.OriginalDefinition is { } definition
                && (SymbolRelations.Implements(definition, known.MongoCollection) || SymbolRelations.IsExactly(type, known.MongoCollectionExtensions)))
            {
                return IsMongoWrite(name) ? StoreKind.Other : StoreKind.None;
            }

            if (IsCookie(invocation))
            {
                return StoreKind.Other;
            }

            return StoreKind.None;
        }

        /// <summary>
        /// The values a call stores, or null when it stores nothing (no store, or a call in an EF Core migration or model
        /// snapshot, which describes the schema). A store's data arguments (<see cref="IsDataParameter"/>); of
        /// ADO.NET's <c>AddWithValue</c>, only a parameter its command's SQL stores; of a Dapper call with constant SQL,
        /// the parameters that SQL stores (<see cref="AddDapperParameters"/>); of EF Core's <c>Add</c>, <c>Update</c> and
        /// <c>Attach</c>, each entity whose type <paramref name="entities"/> does not report where it is declared or
        /// assigned (a type of another assembly, or one no <c>DbSet</c> exposes). <paramref name="model"/> says which
        /// properties of a parameter object hold the values followed.
        /// </summary>
        /// <param name="invocation">The call.</param>
        /// <param name="containingSymbol">The method (or other member) the call is in.</param>
        /// <param name="model">The kind of source the caller follows.</param>
        /// <param name="entities">The compilation's EF Core entities.</param>
        public List<IOperation>? StoredValues(IInvocationOperation invocation, ISymbol containingSymbol, PersonalDataModel model, EntityModel entities)
        {
            StoreKind kind = Classify(invocation);
            if (kind == StoreKind.None || IsInMigration(containingSymbol))
            {
                return null;
            }

            SqlText? dapperSql = null;
            if (kind == StoreKind.Other && !user.IsStorageSink(invocation.TargetMethod))
            {
                if (IsAddWithValue(invocation) && !StoresParameter(invocation, AddWithValueName(invocation)))
                {
                    return null; // A parameter of a command that only selects with it (a WHERE argument, a SELECT).
                }

                dapperSql = IsDapper(invocation) ? DapperSql(invocation) : null;
            }

            var values = new List<IOperation>(1);
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is null || !IsDataParameter(argument.Parameter))
                {
                    continue;
                }

                if (kind == StoreKind.EntityFramework)
                {
                    AddEntities(argument.Value, entities, values);
                }
                else if (dapperSql != null && argument.Parameter.Name == "param")
                {
                    AddDapperParameters(argument.Value, dapperSql, model, values);
                }
                else
                {
                    values.Add(argument.Value);
                }
            }

            return values;
        }

        /// <summary>The sink an assignment stores its value in, or null: ADO.NET's <c>DbParameter.Value</c> of a command
        /// whose SQL stores that parameter, outside migrations.</summary>
        public string? StoredAssignment(ISimpleAssignmentOperation assignment, ISymbol containingSymbol) =>
            assignment.Target is IPropertyReferenceOperation target && IsParameterValue(target.Property)
            && !IsInMigration(containingSymbol)
            && StoresParameter(assignment, ParameterNameOf(target))
                ? "DbParameter.Value"
                : null;

        /// <summary>
        /// The store of an EF Core entity whose mapped property an assignment sets (<c>user.Password = ...</c>,
        /// <c>new Referral { Reason = ... }</c>): the first of the entity's DbSets by name (<c>ShopContext.Users</c>), with
        /// the <paramref name="property"/> set; null for other assignments, entities of other assemblies and migrations.
        /// An entity member's declaration says nothing of what is put into it, so rules about the value ask here.
        /// </summary>
        public string? EntityMemberStore(ISimpleAssignmentOperation assignment, ISymbol containingSymbol, EntityModel entities, out IPropertySymbol? property)
        {
            property = null;
            if (assignment.Target is not IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } target, Instance: { Type: { } entityType } }
                || !entities.IsAvailable || !SymbolRelations.IsInSource(entityType)
                || entities.StoresOf(entityType) is not { Count: > 0 } stores || !EntityModel.IsMapped(target) || IsInMigration(containingSymbol)
                || IsNavigation(target.Type, entities))
            {
                return null;
            }

            property = target;
            return stores[0].DisplayName;
        }

        /// <summary>Whether a member of this type is a navigation to other entities (<c>Customer</c>,
        /// <c>ICollection&lt;Message&gt;</c>): EF Core stores a key there, and each entity in its own table, where its members
        /// are checked.</summary>
        private static bool IsNavigation(ITypeSymbol type, EntityModel entities)
        {
            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && type.SpecialType == SpecialType.None)
            {
                type = generic.TypeArguments[0];
            }

            return SymbolRelations.IsInSource(type) && entities.StoresOf(type) is { Count: > 0 };
        }

        /// <summary>Whether a call is ASP.NET Core's <c>IResponseCookies.Append</c>: a cookie sent to the browser,
        /// which keeps it.</summary>
        public bool IsCookie(IInvocationOperation invocation) =>
            invocation.TargetMethod.Name == "Append" && invocation.TargetMethod.ContainingType is { } type && SymbolRelations.Implements(type, known.AspNetResponseCookies);

        /// <summary>Whether <paramref name="symbol"/> is in an EF Core migration or model snapshot (a schema, not data).</summary>
        public bool IsInMigration(ISymbol symbol)
        {
            for (INamedTypeSymbol? type = symbol.ContainingType; type != null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type, known.EfMigration) || SymbolEqualityComparer.Default.Equals(type, known.EfModelSnapshot))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Each entity passed to EF Core (<c>AddRange(a, b)</c> packs them into an array) whose type is not
        /// reported at its declaration, so that a finding is never doubled.</summary>
        private static void AddEntities(IOperation argument, EntityModel entities, List<IOperation> values)
        {
            IOperation value = SymbolRelations.WithoutConversions(argument);
            if (value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (IOperation element in initializer.ElementValues)
                {
                    AddEntity(element, entities, values);
                }

                return;
            }

            AddEntity(argument, entities, values);
        }

        private static void AddEntity(IOperation value, EntityModel entities, List<IOperation> values)
        {
            ITypeSymbol? type = SymbolRelations.WithoutConversions(value).Type;
            if (type is null)
            {
                return;
            }

            ITypeSymbol entityType = SymbolRelations.SequenceElementType(type) ?? type;
            if (!SymbolRelations.IsInSource(entityType) || entities.StoresOf(entityType) is null)
            {
                values.Add(value);
            }
        }

        /// <summary>
        /// The parameter object of a Dapper call whose SQL is a constant: only the parameters that the SQL stores
        /// count. Of an anonymous object, the members named after a stored parameter (all of them: the whole object, as
        /// for any other store); of an object of a type declared in source or marked, the whole object when one of
        /// its properties that holds a source of <paramref name="model"/> is stored (Dapper sends a property only when
        /// the SQL names it).
        /// </summary>
        private static void AddDapperParameters(IOperation value, SqlText sql, PersonalDataModel model, List<IOperation> values)
        {
            IOperation unwrapped = SymbolRelations.WithoutConversions(value);
            if (unwrapped is IAnonymousObjectCreationOperation anonymous)
            {
                var stored = new List<IOperation>(anonymous.Initializers.Length);
                bool all = true;
                foreach (IOperation initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation member } && !sql.Stores(member.Property.Name))
                    {
                        all = false;
                        continue;
                    }

                    stored.Add(initializer is ISimpleAssignmentOperation simple ? simple.Value : initializer);
                }

                if (all)
                {
                    values.Add(value);
                }
                else
                {
                    values.AddRange(stored);
                }

                return;
            }

            if (unwrapped.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } type
                && (SymbolRelations.IsInSource(type) || model.IsPersonalDataType(type)) && !StoresSourceProperty(type, sql, model))
            {
                return;
            }

            values.Add(value);
        }

        private static bool StoresSourceProperty(INamedTypeSymbol type, SqlText sql, PersonalDataModel model)
        {
            bool whole = model.IsPersonalDataType(type);
            for (INamedTypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property && (whole || model.IsPersonalDataSymbol(property))
                        && sql.Stores(property.Name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The constant name given to <c>AddWithValue</c>, or null.</summary>
        private static string? AddWithValueName(IInvocationOperation invocation)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == "parameterName")
                {
                    return argument.Value.ConstantValue is { HasValue: true, Value: string name } ? name : null;
                }
            }

            return null;
        }

        /// <summary>Whether an assignment target is <c>DbParameter.Value</c> (or an override of it).</summary>
        public bool IsParameterValue(IPropertySymbol property) =>
            property.Name == "Value" && SymbolRelations.DerivesFrom(property.ContainingType, known.DbParameter);

        /// <summary>The name shown in messages, e.g. <c>IDistributedCache.SetString</c>.</summary>
        public static string DisplayName(IMethodSymbol method)
        {
            IMethodSymbol reduced = method.ReducedFrom ?? method;
            string receiver = reduced.IsExtensionMethod && reduced.Parameters.Length > 0 ? reduced.Parameters[0].Type.Name : method.ContainingType.Name;
            return receiver + "." + method.Name;
        }

        /// <summary>Whether a call is ADO.NET's <c>DbParameterCollection.AddWithValue</c> (of any provider).</summary>
        public bool IsAddWithValue(IInvocationOperation invocation) =>
            invocation.TargetMethod.Name == "AddWithValue" && SymbolRelations.DerivesFrom(invocation.TargetMethod.ContainingType, known.DbParameterCollection);

        /// <summary>Whether a call is Dapper's (a method of <c>SqlMapper</c>).</summary>
        public bool IsDapper(IInvocationOperation invocation) => SymbolRelations.IsExactly(invocation.TargetMethod.ContainingType, known.DapperSqlMapper);

        /// <summary>The constant SQL of a Dapper call (its <c>sql</c> argument; a procedure name when its
        /// <c>commandType</c> is <c>StoredProcedure</c>), or null when it is not a constant.</summary>
        public static SqlText? DapperSql(IInvocationOperation invocation)
        {
            string? text = null;
            bool procedure = false;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "sql":
                        if (argument.Value.ConstantValue is not { HasValue: true, Value: string constant })
                        {
                            return null;
                        }

                        text = constant;
                        break;
                    case "commandType":
                        // CommandType.StoredProcedure is 4.
                        procedure = argument.Value.ConstantValue is { HasValue: true, Value: int kind } && kind == 4;
                        break;
                }
            }

            return text is null ? null : SqlText.Parse(new[] { text }, procedure);
        }

        /// <summary>
        /// Whether the value of an ADO.NET parameter (the value of <c>AddWithValue</c> at <paramref name="sink"/>, or a
        /// <c>DbParameter.Value</c> assignment) is stored by the commands of the method it is in: the SQL of every
        /// command whose text that method sets (<c>CommandText</c>, the command's constructor) as constants. True when any
        /// of those texts is not a constant, or when the method sets none (the command comes from elsewhere).
        /// </summary>
        public bool StoresParameter(IOperation sink, string? parameterName)
        {
            IOperation root = sink;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            SqlText? sql = bodies.GetValue(root, CollectCommandTexts).Sql;
            return sql is null || sql.Stores(parameterName);
        }

        /// <summary>The name of the ADO.NET parameter whose <c>Value</c> an assignment sets, when the method says it
        /// with a constant: <c>Parameters.Add("@email", ...).Value</c>, <c>Parameters["@email"].Value</c>, a parameter
        /// created with its name (<c>new SqlParameter("@email", ...)</c>) or given one (<c>ParameterName = "@email"</c>);
        /// null otherwise.</summary>
        public static string? ParameterNameOf(IPropertyReferenceOperation valueProperty)
        {
            if (valueProperty.Instance is null)
            {
                return null;
            }

            switch (SymbolRelations.WithoutConversions(valueProperty.Instance))
            {
                case IInvocationOperation call:
                    return FirstConstantString(call.Arguments);
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                    return FirstConstantString(indexer.Arguments);
                case IObjectCreationOperation creation:
                    return NameOfCreation(creation);
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver:
                    for (IOperation? current = receiver.Parent; current != null; current = current.Parent)
                    {
                        if (current is IObjectCreationOperation created)
                        {
                            return NameOfCreation(created);
                        }
                    }

                    return null;
                case ILocalReferenceOperation local:
                    return NameOfLocal(valueProperty, local.Local);
                default:
                    return null;
            }
        }

        private static string? NameOfCreation(IObjectCreationOperation creation)
        {
            if (creation.Initializer is { } initializer)
            {
                foreach (IOperation member in initializer.Initializers)
                {
                    if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "ParameterName" }, Value.ConstantValue: { HasValue: true, Value: string name } })
                    {
                        return name;
                    }
                }
            }

            return FirstConstantString(creation.Arguments);
        }

        private static string? NameOfLocal(IOperation use, ILocalSymbol local)
        {
            IOperation root = use;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            foreach (IOperation operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        if (SymbolRelations.WithoutConversions(value) is IObjectCreationOperation creation && NameOfCreation(creation) is { } fromCreation)
                        {
                            return fromCreation;
                        }

                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "ParameterName", Instance: ILocalReferenceOperation target }, Value.ConstantValue: { HasValue: true, Value: string name } }
                        when SymbolEqualityComparer.Default.Equals(target.Local, local):
                        return name;
                }
            }

            return null;
        }

        private static string? FirstConstantString(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
                {
                    return argument.Value.ConstantValue is { HasValue: true, Value: string name } ? name : null;
                }
            }

            return null;
        }

        /// <summary>The command texts a method body sets, read once per body.</summary>
        private CommandTexts CollectCommandTexts(IOperation root)
        {
            var texts = new List<string>();
            foreach (IOperation operation in root.Descendants())
            {
                switch (operation)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "CommandText" } property } } assignment
                        when IsCommand(property.ContainingType):
                        if (assignment.Value.ConstantValue is not { HasValue: true, Value: string text })
                        {
                            return new CommandTexts(null);
                        }

                        texts.Add(text);
                        break;
                    case IObjectCreationOperation creation when creation.Type is { } created && IsCommand(created):
                        foreach (IArgumentOperation argument in creation.Arguments)
                        {
                            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String && argument.ArgumentKind == ArgumentKind.Explicit)
                            {
                                if (argument.Value.ConstantValue is not { HasValue: true, Value: string constructorText })
                                {
                                    return new CommandTexts(null);
                                }

                                texts.Add(constructorText);
                                break;
                            }
                        }

                        break;
                }
            }

            return new CommandTexts(texts.Count == 0 ? null : SqlText.Parse(texts));
        }

        private bool IsCommand(ITypeSymbol type) =>
            SymbolRelations.DerivesFrom(type, known.DbCommand) || (known.DataCommand != null && SymbolRelations.Implements(type, known.DataCommand));

        /// <summary>The parsed SQL of one body's commands, null when not all known (a cache entry may hold null).</summary>
        private sealed class CommandTexts
        {
            public CommandTexts(SqlText? sql) => Sql = sql;

            public SqlText? Sql { get; }
        }

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
    }
}
