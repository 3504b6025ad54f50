using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// Log file sinks configured in code to keep their files without a retention limit (GDPR021, storage limitation,
    /// GDPR Art. 5(1)(e)), as the libraries behave:
    /// <list type="bullet">
    /// <item>Serilog.Sinks.File's <c>WriteTo.File(...)</c> keeps 31 rolled files by default
    /// (<c>retainedFileCountLimit</c>); it has no limit when that argument is the constant <c>null</c> and no
    /// <c>retainedFileTimeLimit</c> is given, and none either when the file never rolls (<c>rollingInterval</c> absent or
    /// the constant <c>RollingInterval.Infinite</c>, and <c>rollOnFileSizeLimit</c> absent or the constant
    /// <c>false</c>): one file then keeps every event it was given. An argument that is not a constant (read from
    /// configuration) is taken to set a limit.</item>
    /// <item>NLog's <c>FileTarget</c> created in code keeps every archive unless <c>MaxArchiveFiles</c> or
    /// <c>MaxArchiveDays</c> is set to something other than a constant zero or less, in its initializer or on the
    /// local that holds it in the same body; <c>ReplaceFileContentsOnEachWrite = true</c> keeps nothing and counts as
    /// a limit. Targets configured in <c>nlog.config</c> are not code and not looked at.</item>
    /// </list>
    /// Thread-safe; per compilation.
    /// </summary>
    internal sealed class LogRetentionModel
    {
        /// <summary><c>RollingInterval.Infinite</c>, Serilog.Sinks.File's default: the file never rolls.</summary>
        private const int RollingIntervalInfinite = 0;

        private readonly KnownSymbols known;

        /// <param name="known">The compilation's well-known types.</param>
        public LogRetentionModel(KnownSymbols known)
        {
            this.known = known;
        }

        /// <summary>Whether the compilation references either library's file sink (otherwise the rule registers nothing).</summary>
        public bool IsAvailable => known.SerilogFileExtensions != null || known.NLogFileTarget != null;

        /// <summary>Why a Serilog <c>WriteTo.File(...)</c> call keeps its files without a limit, or null when it has one
        /// (or is another call).</summary>
        public LogRetentionFinding? Classify(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name != "File" || known.SerilogFileExtensions is null
                || !SymbolEqualityComparer.Default.Equals((method.ReducedFrom ?? method).ContainingType, known.SerilogFileExtensions))
            {
                return null;
            }

            IOperation? interval = Argument(invocation, "rollingInterval");
            IOperation? onSize = Argument(invocation, "rollOnFileSizeLimit");
            bool neverRolls = (interval is null || IsConstant(interval, RollingIntervalInfinite)) && (onSize is null || IsConstant(onSize, false));
            if (neverRolls)
            {
                return new LogRetentionFinding("WriteTo.File()", "writes one file that never rolls (no rollingInterval, no rollOnFileSizeLimit)");
            }

            IOperation? countLimit = Argument(invocation, "retainedFileCountLimit");
            IOperation? timeLimit = Argument(invocation, "retainedFileTimeLimit");
            return countLimit != null && IsNull(countLimit) && (timeLimit is null || IsNull(timeLimit))
                ? new LogRetentionFinding("WriteTo.File()", "keeps every rolled file (retainedFileCountLimit: null, no retainedFileTimeLimit)")
                : null;
        }

        /// <summary>Why an NLog <c>new FileTarget { ... }</c> keeps its archives without a limit, or null when it has one.</summary>
        public LogRetentionFinding? Classify(IObjectCreationOperation creation)
        {
            if (known.NLogFileTarget is null || creation.Type is not { } type || !SymbolRelations.DerivesFrom(type, known.NLogFileTarget))
            {
                return null;
            }

            if (creation.Initializer != null)
            {
                foreach (IOperation initializer in creation.Initializer.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } assignment
                        && SetsLimit(property, assignment.Value))
                    {
                        return null;
                    }
                }
            }

            if (HolderOf(creation) is { } local && LimitSetOn(local, creation))
            {
                return null;
            }

            return new LogRetentionFinding("new " + type.Name, "sets neither MaxArchiveFiles nor MaxArchiveDays");
        }

        /// <summary>Whether setting <paramref name="property"/> of a file target to <paramref name="value"/> limits what
        /// it keeps: <c>MaxArchiveFiles</c> or <c>MaxArchiveDays</c> above zero (or not a constant), or
        /// <c>ReplaceFileContentsOnEachWrite = true</c>.</summary>
        private static bool SetsLimit(IPropertySymbol property, IOperation value) => property.Name switch
        {
            "MaxArchiveFiles" or "MaxArchiveDays" => !(value.ConstantValue is { HasValue: true, Value: int limit } && limit <= 0),
            "ReplaceFileContentsOnEachWrite" => IsConstant(value, true),
            _ => false,
        };

        /// <summary>The local a creation is the initializer of (<c>var target = new FileTarget();</c>), or null.</summary>
        private static ILocalSymbol? HolderOf(IObjectCreationOperation creation)
        {
            IOperation? parent = creation.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            return parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } ? declarator.Symbol : null;
        }

        /// <summary>Whether the body that declares <paramref name="local"/> sets a limit on it (<c>target.MaxArchiveFiles = 7;</c>).</summary>
        private static bool LimitSetOn(ILocalSymbol local, IOperation creation)
        {
            IOperation root = creation;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            foreach (IOperation operation in root.Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property, Instance: ILocalReferenceOperation holder } } assignment
                    && SymbolEqualityComparer.Default.Equals(holder.Local, local) && SetsLimit(property, assignment.Value))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The value given to the parameter named <paramref name="name"/>, written or by default; null when the
        /// method has no such parameter.</summary>
        private static IOperation? Argument(IInvocationOperation invocation, string name)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == name)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static bool IsNull(IOperation value) =>
            value.ConstantValue is { HasValue: true, Value: null } || SymbolRelations.WithoutConversions(value, implicitOnly: false) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation;

        private static bool IsConstant(IOperation value, object expected) =>
            value.ConstantValue is { HasValue: true, Value: { } constant } && constant.Equals(expected);
    }

    /// <summary>A log file sink of <see cref="LogRetentionModel"/> without a retention limit: how the diagnostic names it
    /// (<c>WriteTo.File()</c>) and why it keeps everything, as the rest of the message's sentence.</summary>
    internal sealed class LogRetentionFinding
    {
        public LogRetentionFinding(string name, string reason)
        {
            Name = name;
            Reason = reason;
        }

        /// <summary>The sink as written: a call or a creation.</summary>
        public string Name { get; }

        /// <summary>Why it keeps its files ("writes one file that never rolls").</summary>
        public string Reason { get; }
    }
}
