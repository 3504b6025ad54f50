using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GdprAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Robustness inputs from real type graphs (issue 11, part 3): types that enumerate themselves, generic types that
    /// recurse through each other or through their constraints, records that contain themselves, deep inheritance, wide
    /// types, interface diamonds, <c>dynamic</c>, expression trees, long query chains, long concatenations, deeply nested
    /// calls, a class spread over a hundred files, deep and recursive call graphs, and the types of real packages that
    /// have these shapes (Newtonsoft.Json, System.Text.Json, LINQ to XML, <c>DataTable</c>). Each shape carries personal
    /// data (<c>[PersonalData]</c>, plus unannotated names for the opt-in mode) and its values are logged, stored, passed
    /// to an automated decision and passed through project helpers (which return or log their argument, and call each
    /// other recursively and mutually recursively). Every shape compiles without errors against the real packages,
    /// except those marked <see cref="TypeGraphShape.CompilerMayReject"/>, which the compiler itself may refuse.
    /// </summary>
    internal static class TypeGraphShapes
    {
        private static readonly ImmutableArray<Definition> Definitions = ImmutableArray.Create(
            new Definition("self-enumerating", "class Node : IEnumerable<Node>, marked on a member and on the type", false, SelfEnumerating),
            new Definition("mutually-recursive-generics", "A : IEnumerable<B>, B : IEnumerable<A>, and generic Even<T>/Odd<T>", false, MutuallyRecursiveGenerics),
            new Definition("expanding-generics", "Nest<T> : IEnumerable<Nest<Nest<T>>>: every element type is a new type", false, ExpandingGenerics),
            new Definition("recursive-generic-constraint", "class Node<T> where T : Node<T>, and a self-enumerating one", false, RecursiveGenericConstraint),
            new Definition("self-containing-record", "record Tree(string Name, Tree? Left, IReadOnlyList<Tree> Children)", false, SelfContainingRecord),
            new Definition("inheritance-chain-200", "a 200-deep inheritance chain with a virtual override at each level (generated)", false, InheritanceChain),
            new Definition("members-5000", "a type with 5,000 members (generated)", false, Members),
            new Definition("interface-diamonds", "interfaces that inherit one base along several paths", false, InterfaceDiamonds),
            new Definition("dynamic", "dynamic values, ExpandoObject and dynamic calls", false, Dynamic),
            new Definition("expression-trees", "Expression<Func<Customer, string>>, built by lambdas and by hand", false, ExpressionTrees),
            new Definition("queryable-chain-200", "IQueryable chains of 200 operators (generated)", false, QueryableChain),
            new Definition("concatenation-5000", "a 5,000-term string concatenation containing personal data (generated)", false, Concatenation),
            new Definition("nested-calls-2000", "F(F(F(...customer.Email...))) nested 2,000 deep (generated)", false, NestedCalls),
            new Definition("partial-class-100-files", "one partial class spread over 100 files", false, PartialClass),
            new Definition("helper-chain-300", "300 helper methods each calling the next and returning its argument (generated)", false, HelperChain),
            new Definition("mutual-recursion-50", "50 methods that call each other in a cycle (generated)", false, MutualRecursion),
            new Definition("overloads-200", "200 overloads of one name calling each other (generated)", false, Overloads),
            new Definition("interface-recursion", "recursion through an interface with several implementations", false, InterfaceRecursion),
            new Definition("virtual-calls", "recursion through virtual and overridden methods", false, VirtualCalls),
            new Definition("local-function-recursion", "local functions and lambdas that recurse", false, LocalFunctionRecursion),
            new Definition("newtonsoft-json", "Newtonsoft.Json JToken (IEnumerable<JToken>), JObject, JArray", false, NewtonsoftJson),
            new Definition("system-text-json", "System.Text.Json JsonNode, JsonObject, JsonArray, JsonElement", false, SystemTextJson),
            new Definition("xelement", "LINQ to XML XElement, XDocument, XAttribute", false, XElements),
            new Definition("datatable", "System.Data DataTable, DataRow, DataSet", false, DataTables));

        /// <summary>The shapes' names, in a fixed order.</summary>
        public static ImmutableArray<string> Names { get; } = Definitions.Select(d => d.Name).ToImmutableArray();

        /// <summary>The shape called <paramref name="name"/>, with its files (the shared model first).</summary>
        public static TypeGraphShape Create(string name)
        {
            Definition definition = Definitions.Single(d => d.Name == name);
            ImmutableArray<ShapeFile> files = definition.Files().Insert(0, new ShapeFile("Common.cs", Common));
            return new TypeGraphShape(definition.Name, definition.Description, files, definition.CompilerMayReject);
        }

        /// <summary>The customer, a database, an automated decision and project helpers that every shape uses.</summary>
        private const string Common = """
            using System;
            using System.IO;
            using GdprAnalyzers.Annotations;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Logging;

            namespace Shapes
            {
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
                    [PersonalData(PersonalDataCategory.Identity)] public string FullName { get; set; } = "";
                    public string PhoneNumber { get; set; } = "";
                    public string Plan { get; set; } = "basic";
                }

                public sealed class ShapeDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                }

                public static class Decisions
                {
                    [AutomatedDecision]
                    public static bool Decide(object subject) => subject.GetHashCode() % 2 == 0;

                    [AutomatedDecision]
                    public static bool DecideText(string subject) => subject.Length % 2 == 0;
                }

                /// <summary>Project helpers: return their argument, log it, recurse and recurse through each other.</summary>
                public static class Pass
                {
                    public static T Through<T>(T value) => value;

                    public static T Logged<T>(ILogger logger, T value)
                    {
                        logger.LogInformation("Passed {Value}", value);
                        return value;
                    }

                    public static T Recurse<T>(T value, int depth) => depth <= 0 ? value : Recurse(value, depth - 1);

                    public static T Ping<T>(T value, int depth) => depth <= 0 ? value : Pong(value, depth - 1);

                    public static T Pong<T>(T value, int depth) => depth <= 0 ? Logged(SharedLogger.Logger, value) : Ping(value, depth - 1);

                    public static string Text(object? value) => value?.ToString() ?? "";

                    public static void Save(ShapeDb db, object entity)
                    {
                        db.Add(entity);
                        db.SaveChanges();
                    }

                    public static void Write(string path, object? value) => File.WriteAllText(path, Text(value));
                }

                public static class SharedLogger
                {
                    public static ILogger Logger { get; set; } = null!;
                }
            }
            """;

        private const string Usings = """
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using GdprAnalyzers.Annotations;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Logging;

            """;

        private static ImmutableArray<ShapeFile> SelfEnumerating() => One(
            "SelfEnumerating.cs",
            """
            namespace Shapes
            {
                public sealed class Node : IEnumerable<Node>
                {
                    private readonly List<Node> children = new();

                    public Node(string email) => Email = email;

                    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; }

                    public string PhoneNumber { get; set; } = "";

                    public Node? Parent { get; private set; }

                    public Node Add(Node child)
                    {
                        child.Parent = this;
                        children.Add(child);
                        return this;
                    }

                    public IEnumerator<Node> GetEnumerator() => children.GetEnumerator();

                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [PersonalData]
                public sealed class Contact : IEnumerable<Contact>, IEnumerable<Node>
                {
                    public string Name { get; set; } = "";
                    public List<Contact> Friends { get; } = new();
                    public Node? Tree { get; set; }

                    public IEnumerator<Contact> GetEnumerator() => Friends.GetEnumerator();

                    IEnumerator<Node> IEnumerable<Node>.GetEnumerator() => Tree?.GetEnumerator() ?? Enumerable.Empty<Node>().GetEnumerator();

                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public readonly struct Trail : IEnumerable<Trail>
                {
                    public Trail(string email) => Email = email;

                    [PersonalData] public string Email { get; }

                    public IEnumerator<Trail> GetEnumerator()
                    {
                        yield return this;
                    }

                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public static class Walks
                {
                    public static IEnumerable<Node> Descendants(Node node)
                    {
                        foreach (Node child in node)
                        {
                            yield return child;
                            foreach (Node grandChild in Descendants(child))
                            {
                                yield return grandChild;
                            }
                        }
                    }

                    public static void LogAll(ILogger logger, Node root)
                    {
                        foreach (Node node in root.SelectMany(n => n).Concat(Descendants(root)))
                        {
                            logger.LogInformation("{Email} {Phone} {@Node}", node.Email, node.PhoneNumber, node);
                        }
                    }
                }
            }
            """,
            Flows(
                "SelfEnumerating",
                "",
                new FlowValue("Node", "Node", "new Node(customer.Email).Add(new Node(customer.FullName) { PhoneNumber = customer.PhoneNumber })"),
                new FlowValue("Nodes", "IEnumerable<Node>", "Walks.Descendants(new Node(customer.Email))"),
                new FlowValue("NodeArray", "Node[]", "new[] { new Node(customer.Email) }"),
                new FlowValue("NodeList", "List<Node>", "new Node(customer.Email).ToList()"),
                new FlowValue("Contact", "Contact", "new Contact { Name = customer.FullName, Tree = new Node(customer.Email) }"),
                new FlowValue("Trail", "Trail", "new Trail(customer.Email)"),
                new FlowValue("NullableTrail", "Trail?", "new Trail(customer.Email)")));

        private static ImmutableArray<ShapeFile> MutuallyRecursiveGenerics() => One(
            "MutuallyRecursive.cs",
            """
            namespace Shapes
            {
                public sealed class A : IEnumerable<B>
                {
                    [PersonalData] public string Email { get; set; } = "";
                    public List<B> Bs { get; } = new();
                    public IEnumerator<B> GetEnumerator() => Bs.GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public sealed class B : IEnumerable<A>
                {
                    public string PhoneNumber { get; set; } = "";
                    public List<A> As { get; } = new();
                    public IEnumerator<A> GetEnumerator() => As.GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public sealed class Even<T> : IEnumerable<Odd<T>>
                {
                    [PersonalData] public T? Value { get; set; }
                    public List<Odd<T>> Next { get; } = new();
                    public IEnumerator<Odd<T>> GetEnumerator() => Next.GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public sealed class Odd<T> : IEnumerable<Even<T>>, IReadOnlyDictionary<string, Even<T>>
                {
                    private readonly Dictionary<string, Even<T>> next = new();
                    public T? Value { get; set; }
                    public Even<T> this[string key] => next[key];
                    public IEnumerable<string> Keys => next.Keys;
                    public IEnumerable<Even<T>> Values => next.Values;
                    public int Count => next.Count;
                    public bool ContainsKey(string key) => next.ContainsKey(key);
                    public bool TryGetValue(string key, out Even<T> value) => next.TryGetValue(key, out value!);
                    public IEnumerator<Even<T>> GetEnumerator() => next.Values.GetEnumerator();
                    IEnumerator<KeyValuePair<string, Even<T>>> IEnumerable<KeyValuePair<string, Even<T>>>.GetEnumerator() => next.GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [PersonalData]
                public sealed class Ping : IEnumerable<Pong>
                {
                    public Pong? Answer { get; set; }
                    public IEnumerator<Pong> GetEnumerator() { if (Answer != null) { yield return Answer; } }
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public sealed class Pong : IEnumerable<Ping>
                {
                    public Ping? Question { get; set; }
                    public IEnumerator<Ping> GetEnumerator() { if (Question != null) { yield return Question; } }
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }
            }
            """,
            Flows(
                "MutuallyRecursive",
                "",
                new FlowValue("A", "A", "new A { Email = customer.Email, Bs = { new B { PhoneNumber = customer.PhoneNumber } } }"),
                new FlowValue("B", "B", "new B { As = { new A { Email = customer.Email } } }"),
                new FlowValue("Bs", "IEnumerable<B>", "new A { Email = customer.Email }"),
                new FlowValue("Even", "Even<string>", "new Even<string> { Value = customer.Email }"),
                new FlowValue("Odd", "Odd<Customer>", "new Odd<Customer> { Value = customer }"),
                new FlowValue("Evens", "IEnumerable<Even<Customer>>", "new Odd<Customer> { Value = customer }"),
                new FlowValue("Ping", "Ping", "new Ping { Answer = new Pong { Question = new Ping() } }"),
                new FlowValue("Pong", "Pong", "new Pong { Question = new Ping() }")));

        private static ImmutableArray<ShapeFile> ExpandingGenerics() => One(
            "Expanding.cs",
            """
            namespace Shapes
            {
                public sealed class Nest<T> : IEnumerable<Nest<Nest<T>>>
                {
                    [PersonalData] public T? Value { get; set; }
                    public Nest<Nest<T>>? Inner { get; set; }
                    public IEnumerator<Nest<Nest<T>>> GetEnumerator() { if (Inner != null) { yield return Inner; } }
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public sealed class Grow<T>
                {
                    public T? Value { get; set; }
                    public Grow<List<T>>? Wider { get; set; }
                    public Grow<Grow<T>>? Deeper { get; set; }
                }
            }
            """,
            Flows(
                "Expanding",
                "",
                new FlowValue("Nest", "Nest<string>", "new Nest<string> { Value = customer.Email }"),
                new FlowValue("NestOfCustomers", "Nest<Customer>", "new Nest<Customer> { Value = customer }"),
                new FlowValue("Nests", "IEnumerable<Nest<Nest<Customer>>>", "new Nest<Customer> { Value = customer }"),
                new FlowValue("Grow", "Grow<Customer>", "new Grow<Customer> { Value = customer, Deeper = new Grow<Grow<Customer>>() }")));

        private static ImmutableArray<ShapeFile> RecursiveGenericConstraint() => One(
            "RecursiveConstraint.cs",
            """
            namespace Shapes
            {
                public abstract class Node<T> where T : Node<T>
                {
                    [PersonalData] public string Email { get; set; } = "";
                    public string PhoneNumber { get; set; } = "";
                    public List<T> Children { get; } = new();
                    public T? Parent { get; set; }
                    public T Self => (T)this;
                    public abstract T Copy();
                }

                public sealed class Folder : Node<Folder>
                {
                    public override Folder Copy() => new Folder { Email = Email, Parent = Parent };
                }

                public abstract class Tree<T> : IEnumerable<T> where T : Tree<T>, new()
                {
                    public List<T> Items { get; } = new();
                    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [PersonalData]
                public sealed class Branch : Tree<Branch>
                {
                    public string Owner { get; set; } = "";
                }

                public interface ISelf<TSelf> where TSelf : ISelf<TSelf>
                {
                    TSelf Next { get; }
                }

                public sealed class Link : ISelf<Link>
                {
                    [PersonalData] public string Name { get; set; } = "";
                    public Link Next => this;
                }

                public static class Constrained
                {
                    public static T Log<T>(ILogger logger, T node) where T : Node<T>
                    {
                        logger.LogInformation("{@Node} {Email} {Parent}", node, node.Email, node.Parent);
                        foreach (T child in node.Children)
                        {
                            Log(logger, child);
                        }

                        return node.Self;
                    }

                    public static TSelf Walk<TSelf>(ILogger logger, TSelf link, int depth) where TSelf : ISelf<TSelf>
                    {
                        logger.LogInformation("{Link}", link);
                        return depth <= 0 ? link : Walk(logger, link.Next, depth - 1);
                    }

                    public static void Use(ILogger logger, ShapeDb db, Customer customer)
                    {
                        Folder folder = Log(logger, new Folder { Email = customer.Email });
                        db.Add(Walk(logger, new Link { Name = customer.FullName }, 3));
                        Decisions.Decide(folder.Copy());
                    }
                }
            }
            """,
            Flows(
                "RecursiveConstraint",
                "",
                new FlowValue("Folder", "Folder", "new Folder { Email = customer.Email, PhoneNumber = customer.PhoneNumber }"),
                new FlowValue("NodeOfFolder", "Node<Folder>", "new Folder { Email = customer.Email }"),
                new FlowValue("Branch", "Branch", "new Branch { Owner = customer.FullName }"),
                new FlowValue("Branches", "IEnumerable<Branch>", "new Branch { Owner = customer.Email }"),
                new FlowValue("Link", "ISelf<Link>", "new Link { Name = customer.FullName }")));

        private static ImmutableArray<ShapeFile> SelfContainingRecord() => One(
            "SelfContainingRecord.cs",
            """
            using System.Collections.Immutable;

            namespace Shapes
            {
                public sealed record Tree([property: PersonalData] string Name, Tree? Left, IReadOnlyList<Tree> Children)
                {
                    public string? PhoneNumber { get; init; }
                    public Tree? Right { get; init; }
                    public IReadOnlyDictionary<string, Tree> ByName { get; init; } = new Dictionary<string, Tree>();
                }

                [PersonalData]
                public sealed record Cons(Customer Head, Cons? Tail);

                public abstract record Shape(string Label)
                {
                    public sealed record Group(string Label, [property: PersonalData] string Owner, ImmutableList<Shape> Items) : Shape(Label);

                    public sealed record Leaf(string Label, Shape? Parent) : Shape(Label);
                }

                public readonly record struct Pair(Tree First, Tree? Second);

                public static class Trees
                {
                    public static Tree Grow(Customer customer, int depth) =>
                        depth <= 0
                            ? new Tree(customer.Email, null, Array.Empty<Tree>())
                            : new Tree(customer.FullName, Grow(customer, depth - 1), new[] { Grow(customer, depth - 1) }) { PhoneNumber = customer.PhoneNumber };

                    public static int Count(Tree? tree) => tree is null ? 0 : 1 + Count(tree.Left) + tree.Children.Sum(Count);
                }
            }
            """,
            Flows(
                "SelfContainingRecord",
                "",
                new FlowValue("Tree", "Tree", "Trees.Grow(customer, 3)"),
                new FlowValue("NullableTree", "Tree?", "Trees.Grow(customer, 1).Left"),
                new FlowValue("Children", "IReadOnlyList<Tree>", "Trees.Grow(customer, 2).Children"),
                new FlowValue("WithRight", "Tree", "Trees.Grow(customer, 1) with { Right = Trees.Grow(customer, 1) }"),
                new FlowValue("Cons", "Cons", "new Cons(customer, new Cons(customer, null))"),
                new FlowValue("Group", "Shape", "new Shape.Group(\"g\", customer.FullName, ImmutableList.Create<Shape>(new Shape.Leaf(\"l\", null)))"),
                new FlowValue("Pair", "Pair", "new Pair(Trees.Grow(customer, 1), null)")), "System.Collections.Immutable");

        private static ImmutableArray<ShapeFile> InheritanceChain()
        {
            const int Depth = 200;
            var code = new StringBuilder();
            code.AppendLine("namespace Shapes");
            code.AppendLine("{");
            code.AppendLine("    public class Level0");
            code.AppendLine("    {");
            code.AppendLine("        [PersonalData] public string Email { get; set; } = \"\";");
            code.AppendLine("        public virtual string Describe(ILogger logger) => Email;");
            code.AppendLine("    }");
            for (int i = 1; i < Depth; i++)
            {
                string modifier = i == Depth - 1 ? "sealed " : "";
                code.AppendLine();
                code.AppendLine(Invariant($"    public {modifier}class Level{i} : Level{i - 1}"));
                code.AppendLine("    {");
                code.AppendLine(i % 50 == 0
                    ? Invariant($"        [PersonalData] public string Name{i} {{ get; set; }} = \"\";")
                    : Invariant($"        public int Depth{i} {{ get; set; }} = {i};"));
                code.AppendLine(i % 3 == 0
                    ? Invariant($"        public override string Describe(ILogger logger) {{ logger.LogInformation(\"Level {{Level}} {{Email}}\", {i}, Email); return base.Describe(logger); }}")
                    : Invariant($"        public override string Describe(ILogger logger) => base.Describe(logger) + Depth{(i % 50 == 0 ? 1 : i)};"));
                code.AppendLine("    }");
            }

            code.AppendLine("}");
            return One(
                "InheritanceChain.cs",
                code.ToString(),
                Flows(
                    "InheritanceChain",
                    "",
                    new FlowValue("Deepest", Invariant($"Level{Depth - 1}"), Invariant($"new Level{Depth - 1} {{ Email = customer.Email }}")),
                    new FlowValue("Middle", "Level100", "new Level100 { Email = customer.Email, Name100 = customer.FullName }"),
                    new FlowValue("Root", "Level0", Invariant($"new Level{Depth - 1} {{ Email = customer.Email }}")),
                    new FlowValue("Described", "string", Invariant($"new Level{Depth - 1} {{ Email = customer.Email }}.Describe(logger)"))));
        }

        private static ImmutableArray<ShapeFile> Members()
        {
            const int Count = 5000;
            var code = new StringBuilder();
            code.AppendLine("namespace Shapes");
            code.AppendLine("{");
            code.AppendLine("    public sealed class Wide");
            code.AppendLine("    {");
            for (int i = 0; i < Count; i++)
            {
                string member = (i % 5) switch
                {
                    0 when i == Count - 5 => Invariant($"[PersonalData] public string Email{i} {{ get; set; }} = \"\";"),
                    0 when i % 1000 == 500 => Invariant($"public Customer? Owner{i} {{ get; set; }}"),
                    0 => Invariant($"public string Text{i} {{ get; set; }} = \"\";"),
                    1 => Invariant($"public int Number{i} {{ get; set; }}"),
                    2 => Invariant($"public string Field{i} = \"\";"),
                    3 => Invariant($"public string Method{i}() => Number{i - 2}.ToString();"),
                    _ => Invariant($"public Wide? Self{i} {{ get; set; }}"),
                };
                code.AppendLine("        " + member);
            }

            code.AppendLine("    }");
            code.AppendLine("}");
            return One(
                "Members.cs",
                code.ToString(),
                Flows(
                    "Members",
                    "",
                    new FlowValue("Wide", "Wide", Invariant($"new Wide {{ Email{Count - 5} = customer.Email, Owner500 = customer }}")),
                    new FlowValue("Wides", "List<Wide>", Invariant($"new List<Wide> {{ new Wide {{ Email{Count - 5} = customer.Email }} }}"))));
        }

        private static ImmutableArray<ShapeFile> InterfaceDiamonds() => One(
            "InterfaceDiamonds.cs",
            """
            namespace Shapes
            {
                public interface IContact
                {
                    [PersonalData] string Email { get; }
                }

                public interface IMail : IContact
                {
                    string Mailbox => Email;
                }

                public interface IPhone : IContact
                {
                    string PhoneNumber { get; }
                }

                public interface IPerson : IMail, IPhone
                {
                    [PersonalData] string FullName { get; }
                }

                public interface IEmployee : IPerson, IContact, IMail
                {
                }

                public interface INodeSet : IEnumerable<INodeSet>, IReadOnlyCollection<INodeSet>, IContact
                {
                }

                public interface IRead<out T> { T Get(); }
                public interface IWrite<in T> { void Set(T value); }
                public interface IStore<T> : IRead<T>, IWrite<T>, IEnumerable<IStore<T>> { }

                public sealed class Employee : IEmployee, IMail, IPhone
                {
                    public string Email { get; set; } = "";
                    public string FullName { get; set; } = "";
                    public string PhoneNumber { get; set; } = "";
                    string IContact.Email => Email.Trim();
                }

                public sealed class NodeSet : INodeSet
                {
                    private readonly List<INodeSet> items = new();
                    public string Email { get; set; } = "";
                    public int Count => items.Count;
                    public IEnumerator<INodeSet> GetEnumerator() => items.GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public sealed class Store<T> : IStore<T>
                {
                    private T value = default!;
                    public T Get() => value;
                    public void Set(T value) => this.value = value;
                    public IEnumerator<IStore<T>> GetEnumerator() { yield return this; }
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }
            }
            """,
            Flows(
                "InterfaceDiamonds",
                "",
                new FlowValue("Employee", "Employee", "new Employee { Email = customer.Email, FullName = customer.FullName, PhoneNumber = customer.PhoneNumber }"),
                new FlowValue("IEmployee", "IEmployee", "new Employee { Email = customer.Email }"),
                new FlowValue("IPerson", "IPerson", "new Employee { FullName = customer.FullName }"),
                new FlowValue("IContact", "IContact", "new Employee { Email = customer.Email }"),
                new FlowValue("Mailbox", "string", "((IMail)new Employee { Email = customer.Email }).Mailbox"),
                new FlowValue("NodeSet", "INodeSet", "new NodeSet { Email = customer.Email }"),
                new FlowValue("Store", "IStore<Customer>", "Pass.Through(new Store<Customer>())")));

        private static ImmutableArray<ShapeFile> Dynamic() => One(
            "Dynamic.cs",
            """
            using System.Dynamic;

            namespace Shapes
            {
                public sealed class DynamicUse
                {
                    private readonly ILogger<DynamicUse> logger;

                    public DynamicUse(ILogger<DynamicUse> logger) => this.logger = logger;

                    public dynamic Echo(dynamic value)
                    {
                        LoggerExtensions.LogInformation(logger, "Echo {Value}", value);
                        return value;
                    }

                    public void Run(Customer customer, ShapeDb db)
                    {
                        dynamic d = customer;
                        string email = d.Email;
                        logger.LogInformation("{Email}", email);
                        logger.LogInformation("{Email}", (string)d.Email);
                        dynamic bag = new ExpandoObject();
                        bag.Email = customer.Email;
                        bag.PhoneNumber = customer.PhoneNumber;
                        bag.Self = bag;
                        logger.LogInformation("{@Bag}", (object)bag);
                        IDictionary<string, object?> fields = (IDictionary<string, object?>)bag;
                        logger.LogInformation("{@Fields}", fields);
                        db.Add(Echo(d));
                        Decisions.Decide(Echo(bag.Email));
                        File.WriteAllText("bag.txt", Echo(bag).ToString());
                        object boxed = d;
                        logger.LogInformation("{Boxed}", boxed);
                        dynamic result = Pass.Through(d);
                        Decisions.DecideText(result.Email);
                    }
                }
            }
            """,
            Flows(
                "Dynamic",
                "",
                new FlowValue("Customer", "dynamic", "customer", IsDynamic: true),
                new FlowValue("Email", "dynamic", "((dynamic)customer).Email", IsDynamic: true),
                new FlowValue("Expando", "dynamic", "new System.Dynamic.ExpandoObject()", IsDynamic: true)));

        private static ImmutableArray<ShapeFile> ExpressionTrees() => One(
            "ExpressionTrees.cs",
            """
            using System.Linq.Expressions;

            namespace Shapes
            {
                public static class Expressions
                {
                    public static Expression<Func<Customer, string>> Email { get; } = c => c.Email;

                    public static Expression<Func<Customer, string>> Contact { get; } = c => c.Email + " " + c.FullName + " " + c.PhoneNumber;

                    public static Expression<Func<Customer, string>> ByHand()
                    {
                        ParameterExpression c = Expression.Parameter(typeof(Customer), "c");
                        return Expression.Lambda<Func<Customer, string>>(Expression.Property(c, nameof(Customer.Email)), c);
                    }

                    public static Expression<Func<Customer, Expression<Func<Customer, string>>>> Quoted { get; } = outer => inner => outer.Email + inner.FullName;

                    public static Expression<Func<Customer, bool>> Matches(string email) => c => c.Email == email;

                    public static string Evaluate(Customer customer, ILogger logger)
                    {
                        Func<Customer, string> compiled = Contact.Compile();
                        string text = compiled(customer);
                        logger.LogInformation("{Text} {Expression} {@Expression}", text, Email, Email);
                        return text;
                    }
                }
            }
            """,
            Flows(
                "ExpressionTrees",
                "",
                new FlowValue("Expression", "Expression<Func<Customer, string>>", "Expressions.Email"),
                new FlowValue("ByHand", "System.Linq.Expressions.Expression", "Expressions.ByHand()"),
                new FlowValue("Quoted", "Expression<Func<Customer, Expression<Func<Customer, string>>>>", "Expressions.Quoted"),
                new FlowValue("Compiled", "string", "Expressions.Contact.Compile()(customer)"),
                new FlowValue("Evaluated", "string", "Expressions.Evaluate(customer, logger)"),
                new FlowValue("Filter", "Func<Customer, bool>", "Expressions.Matches(customer.Email).Compile()")), "System.Linq.Expressions");

        private static ImmutableArray<ShapeFile> QueryableChain()
        {
            const int Operators = 200;
            string customers = Chain(
                Operators,
                ".Where(c => c.Email.Length > 0)",
                ".Select(c => c)",
                ".OrderBy(c => c.FullName)",
                ".Skip(1)",
                ".Take(1000)",
                ".Where(c => c.PhoneNumber != c.Email)",
                ".Distinct()",
                ".Select(c => new Customer { Email = c.Email, FullName = c.FullName, PhoneNumber = c.PhoneNumber })");
            string emails = Chain(
                Operators,
                ".Where(e => e.Length > 0)",
                ".Select(e => e.Trim())",
                ".OrderBy(e => e)",
                ".Skip(1)",
                ".Take(1000)",
                ".Where(e => e != \"\")",
                ".Distinct()",
                ".Select(e => e.ToUpper())");
            string members = $$"""
                    private static IQueryable<Customer> Chain(IQueryable<Customer> source) => source{{customers}};

                    private static IQueryable<string> Emails(ShapeDb db) => Chain(db.Customers).Select(c => c.Email){{emails}};
                """;
            return ImmutableArray.Create(
                new ShapeFile(
                    "QueryableChain.Flows.cs",
                    Flows(
                        "QueryableChain",
                        members,
                        new FlowValue("Customers", "IQueryable<Customer>", "Chain(new[] { customer }.AsQueryable())"),
                        new FlowValue("FromDb", "IQueryable<Customer>", "Chain(db.Customers.Where(c => c.Email == customer.Email))"),
                        new FlowValue("Emails", "IQueryable<string>", "Emails(db).Where(e => e == customer.Email)"),
                        new FlowValue("EmailList", "List<string>", "Emails(db).Concat(new[] { customer.Email }.AsQueryable()).ToList()"))));

            static string Chain(int count, params string[] steps)
            {
                var chain = new StringBuilder();
                for (int i = 0; i < count; i++)
                {
                    chain.Append("\n                ").Append(steps[i % steps.Length]);
                }

                return chain.ToString();
            }
        }

        private static ImmutableArray<ShapeFile> Concatenation()
        {
            const int Terms = 5000;
            var concat = new StringBuilder();
            for (int i = 0; i < Terms; i++)
            {
                if (i > 0)
                {
                    concat.Append(i % 20 == 0 ? "\n                + " : " + ");
                }

                concat.Append(
                    i == Terms / 2 ? "customer.Email"
                    : i % 1000 == 1 ? "customer.PhoneNumber"
                    : i % 7 == 1 ? "customer.Id"
                    : Invariant($"\"t{i}\""));
            }

            string members = Invariant($$"""
                    private static string Concat(Customer customer) =>
                        {{concat}};

                    public void Inline(Customer customer)
                    {
                        logger.LogInformation({{concat}});
                        logger.LogInformation("{Text}", {{concat}});
                    }
                """);
            return ImmutableArray.Create(
                new ShapeFile(
                    "Concatenation.Flows.cs",
                    Flows("Concatenation", members, new FlowValue("Text", "string", "Concat(customer)"))));
        }

        private static ImmutableArray<ShapeFile> NestedCalls()
        {
            const int Depth = 2000;
            string nested = string.Concat(Enumerable.Repeat("F(", Depth)) + "customer.Email" + new string(')', Depth);
            string members = Invariant($$"""
                    private static string F(string value) => value;

                    public void Inline(Customer customer)
                    {
                        logger.LogInformation("{Email}", {{nested}});
                    }
                """);
            return ImmutableArray.Create(
                new ShapeFile(
                    "NestedCalls.Flows.cs",
                    Flows("NestedCalls", members, new FlowValue("Nested", "string", nested))));
        }

        private static ImmutableArray<ShapeFile> PartialClass()
        {
            const int Files = 100;
            var files = ImmutableArray.CreateBuilder<ShapeFile>(Files + 1);
            for (int i = 0; i < Files; i++)
            {
                string next = i == Files - 1 ? "value" : Invariant($"Log{i + 1}(logger, value)");
                files.Add(new ShapeFile(
                    Invariant($"Profile.Part{i:D3}.cs"),
                    Usings + Invariant($$"""
                    namespace Shapes
                    {
                        public sealed partial class Profile
                        {
                            [PersonalData] public string Field{{i}} { get; set; } = "";
                            public string PhoneNumber{{i}} { get; set; } = "";
                            public Profile? Link{{i}} { get; set; }

                            public string Log{{i}}(ILogger logger, string value)
                            {
                                logger.LogInformation("Part {Part} {Field} {Value}", {{i}}, Field{{i}}, value);
                                return {{next}};
                            }
                        }
                    }
                    """)));
            }

            files.Add(new ShapeFile(
                "Profile.Flows.cs",
                Flows(
                    "PartialClass",
                    "",
                    new FlowValue("Profile", "Profile", "new Profile { Field0 = customer.Email, Field99 = customer.FullName, PhoneNumber50 = customer.PhoneNumber }"),
                    new FlowValue("Logged", "string", "new Profile().Log0(logger, customer.Email)"))));
            return files.ToImmutable();
        }

        private static ImmutableArray<ShapeFile> HelperChain()
        {
            const int Length = 300;
            var members = new StringBuilder();
            for (int i = 0; i < Length; i++)
            {
                if (i == Length - 1)
                {
                    members.AppendLine(Invariant($"        private string H{i}(string value) {{ logger.LogInformation(\"End {{Value}}\", value); return value; }}"));
                    members.AppendLine(Invariant($"        private Customer C{i}(Customer value) {{ logger.LogInformation(\"End {{@Value}}\", value); return value; }}"));
                }
                else
                {
                    members.AppendLine(Invariant($"        private string H{i}(string value) => H{i + 1}(value);"));
                    members.AppendLine(Invariant($"        private Customer C{i}(Customer value) => C{i + 1}(value);"));
                }
            }

            return ImmutableArray.Create(
                new ShapeFile(
                    "HelperChain.Flows.cs",
                    Flows(
                        "HelperChain",
                        members.ToString(),
                        new FlowValue("Email", "string", "H0(customer.Email)"),
                        new FlowValue("Customer", "Customer", "C0(customer)"),
                        new FlowValue("Middle", "string", "H150(C150(customer).PhoneNumber)"))));
        }

        private static ImmutableArray<ShapeFile> MutualRecursion()
        {
            const int Methods = 50;
            var members = new StringBuilder();
            for (int i = 0; i < Methods; i++)
            {
                int next = (i + 1) % Methods;
                int jump = ((i * 7) + 3) % Methods;
                members.AppendLine(Invariant($$"""
                        private string M{{i}}(string value, int depth)
                        {
                            if (depth <= 0)
                            {
                                logger.LogInformation("Stop {Method} {Value}", {{i}}, value);
                                return value;
                            }

                            return depth % 2 == 0 ? M{{next}}(value, depth - 1) : M{{jump}}(value + "", depth - 1);
                        }

                        private Customer N{{i}}(Customer value, int depth) => depth <= 0 ? value : depth % 3 == 0 ? N{{jump}}(value, depth - 1) : N{{next}}(N{{i}}(value, depth - 2), depth - 1);

                """));
            }

            return ImmutableArray.Create(
                new ShapeFile(
                    "MutualRecursion.Flows.cs",
                    Flows(
                        "MutualRecursion",
                        members.ToString(),
                        new FlowValue("Email", "string", "M0(customer.Email, 100)"),
                        new FlowValue("Customer", "Customer", "N0(customer, 100)"),
                        new FlowValue("Phone", "string", "M25(N10(customer, 5).PhoneNumber, 7)"))));
        }

        private static ImmutableArray<ShapeFile> Overloads()
        {
            const int Count = 200;
            var members = new StringBuilder();
            for (int i = 0; i < Count; i++)
            {
                members.AppendLine(i == Count - 1
                    ? Invariant($"        private string Over(string value, K{i} marker) {{ logger.LogInformation(\"Last {{Value}}\", value); return value; }}")
                    : Invariant($"        private string Over(string value, K{i} marker) => Over(value, default(K{i + 1}));"));
                members.AppendLine(i == Count - 1
                    ? Invariant($"        private Customer Over(Customer value, K{i} marker) => Over(value, default(K0));")
                    : Invariant($"        private Customer Over(Customer value, K{i} marker) => Gate{i} % 2 == 0 ? value : Over(value, default(K{i + 1}));"));
                members.AppendLine(Invariant($"        private static readonly int Gate{i} = {i};"));
            }

            var markers = new StringBuilder("namespace Shapes\n{\n");
            for (int i = 0; i < Count; i++)
            {
                markers.AppendLine(Invariant($"    public readonly struct K{i} {{ }}"));
            }

            markers.AppendLine("}");
            return ImmutableArray.Create(
                new ShapeFile("Overloads.Markers.cs", markers.ToString()),
                new ShapeFile(
                    "Overloads.Flows.cs",
                    Flows(
                        "Overloads",
                        members.ToString(),
                        new FlowValue("Email", "string", "Over(customer.Email, default(K0))"),
                        new FlowValue("Customer", "Customer", "Over(customer, default(K100))"),
                        new FlowValue("Mixed", "string", "Over(Over(customer, default(K3)).PhoneNumber, default(K150))"))));
        }

        private static ImmutableArray<ShapeFile> InterfaceRecursion() => One(
            "InterfaceRecursion.cs",
            """
            namespace Shapes
            {
                public interface IStep
                {
                    string Run(string value, int depth);

                    Customer Carry(Customer customer, int depth);
                }

                public sealed class LogStep : IStep
                {
                    private readonly ILogger logger;

                    public LogStep(ILogger logger) => this.logger = logger;

                    public IStep Next { get; set; } = null!;

                    public string Run(string value, int depth)
                    {
                        logger.LogInformation("Step {Value}", value);
                        return depth <= 0 ? value : Next.Run(value, depth - 1);
                    }

                    public Customer Carry(Customer customer, int depth) => depth <= 0 ? customer : Next.Carry(customer, depth - 1);
                }

                public sealed class TrimStep : IStep
                {
                    public IStep Next { get; set; } = null!;

                    public string Run(string value, int depth) => Next.Run(value.Trim(), depth - 1);

                    public Customer Carry(Customer customer, int depth) => Next.Carry(Next.Carry(customer, depth - 1), depth - 2);
                }

                public sealed class FanStep : IStep
                {
                    public List<IStep> Steps { get; } = new();

                    public string Run(string value, int depth)
                    {
                        string result = value;
                        foreach (IStep step in Steps)
                        {
                            result = step.Run(result, depth - 1);
                        }

                        return result;
                    }

                    public Customer Carry(Customer customer, int depth) => Steps.Aggregate(customer, (c, s) => s.Carry(c, depth - 1));
                }

                public abstract class StepBase : IStep
                {
                    public abstract IStep Next { get; }

                    public virtual string Run(string value, int depth) => Next.Run(value, depth - 1);

                    public virtual Customer Carry(Customer customer, int depth) => Next.Carry(customer, depth - 1);
                }

                public sealed class SelfStep : StepBase
                {
                    public override IStep Next => this;

                    public override string Run(string value, int depth) => depth <= 0 ? value : base.Run(value, depth);
                }

                public interface IVisitor<T>
                {
                    T Visit(T value, IVisitor<T> self, int depth);
                }

                public sealed class Visitor<T> : IVisitor<T>
                {
                    public T Visit(T value, IVisitor<T> self, int depth) => depth <= 0 ? value : self.Visit(value, this, depth - 1);
                }

                public struct ValueStep : IStep
                {
                    public IStep Next { get; set; }

                    public string Run(string value, int depth) => depth <= 0 ? value : Next.Run(value, depth - 1);

                    public Customer Carry(Customer customer, int depth) => Next.Carry(customer, depth);
                }
            }
            """,
            Flows(
                "InterfaceRecursion",
                """
                        private IStep Pipeline()
                        {
                            var log = new LogStep(logger);
                            var trim = new TrimStep { Next = log };
                            var fan = new FanStep { Steps = { trim, new SelfStep(), new ValueStep { Next = log } } };
                            log.Next = fan;
                            return fan;
                        }

                """,
                new FlowValue("Email", "string", "Pipeline().Run(customer.Email, 10)"),
                new FlowValue("Customer", "Customer", "Pipeline().Carry(customer, 10)"),
                new FlowValue("Visited", "Customer", "new Visitor<Customer>().Visit(customer, new Visitor<Customer>(), 5)"),
                new FlowValue("VisitedEmail", "string", "((IVisitor<string>)new Visitor<string>()).Visit(customer.Email, new Visitor<string>(), 5)")));

        private static ImmutableArray<ShapeFile> VirtualCalls() => One(
            "VirtualCalls.cs",
            """
            namespace Shapes
            {
                public class Handler
                {
                    protected Handler(ILogger logger) => Logger = logger;

                    protected ILogger Logger { get; }

                    public virtual string Handle(string value, int depth) => depth <= 0 ? value : Next(value, depth - 1);

                    protected virtual string Next(string value, int depth) => Handle(value, depth);

                    public virtual Customer Forward(Customer customer) => customer;
                }

                public class Audit : Handler
                {
                    public Audit(ILogger logger) : base(logger) { }

                    public override string Handle(string value, int depth)
                    {
                        Logger.LogInformation("Audit {Value}", value);
                        return base.Handle(value, depth);
                    }

                    protected override string Next(string value, int depth) => Handle(base.Next(value, depth - 1), depth - 1);

                    public override Customer Forward(Customer customer) => base.Forward(Echo(customer));

                    protected virtual Customer Echo(Customer customer) => Forward(customer);
                }

                public abstract class Middle : Audit
                {
                    protected Middle(ILogger logger) : base(logger) { }

                    public abstract override string Handle(string value, int depth);
                }

                public sealed class Deep : Middle
                {
                    public Deep(ILogger logger) : base(logger) { }

                    public override string Handle(string value, int depth) => depth % 2 == 0 ? Next(value, depth) : new Shallow(Logger).Handle(value, depth - 1);

                    public new Customer Forward(Customer customer) => base.Forward(customer);

                    protected override Customer Echo(Customer customer) => customer;
                }

                public sealed class Shallow : Audit
                {
                    public Shallow(ILogger logger) : base(logger) { }

                    public sealed override string Handle(string value, int depth) => depth <= 0 ? value : new Deep(Logger).Handle(value, depth - 1);
                }
            }
            """,
            Flows(
                "VirtualCalls",
                "",
                new FlowValue("Email", "string", "((Handler)new Deep(logger)).Handle(customer.Email, 10)"),
                new FlowValue("Shallow", "string", "new Shallow(logger).Handle(customer.FullName, 3)"),
                new FlowValue("Customer", "Customer", "((Handler)new Audit(logger)).Forward(customer)"),
                new FlowValue("Hidden", "Customer", "new Deep(logger).Forward(customer)")));

        private static ImmutableArray<ShapeFile> LocalFunctionRecursion() => One(
            "LocalFunctions.cs",
            """
            namespace Shapes
            {
                public sealed class Walker
                {
                    private readonly ILogger logger;

                    public Walker(ILogger logger) => this.logger = logger;

                    public string Walk(Customer customer, int depth)
                    {
                        return Down(customer.Email, depth);

                        string Down(string value, int n) => n <= 0 ? Up(value, 0) : Down(value, n - 1);

                        string Up(string value, int n)
                        {
                            logger.LogInformation("Up {Value}", value);
                            return n > 5 ? value : Down(value + customer.PhoneNumber, n + 1);
                        }
                    }

                    public Customer Carry(Customer customer)
                    {
                        return Self(customer, 10);

                        static Customer Self(Customer c, int n) => n <= 0 ? c : Self(Other(c, n), n - 1);

                        static Customer Other(Customer c, int n) => n % 2 == 0 ? c : Self(c, n - 2);
                    }

                    public string Lambdas(Customer customer)
                    {
                        Func<string, int, string>? recurse = null;
                        recurse = (value, n) => n <= 0 ? value : recurse!(value, n - 1);
                        Func<string, int, string>? even = null;
                        Func<string, int, string>? odd = null;
                        even = (value, n) => n <= 0 ? value : odd!(value, n - 1);
                        odd = (value, n) =>
                        {
                            logger.LogInformation("Odd {Value}", value);
                            return even!(value, n - 1);
                        };
                        return recurse(even(customer.Email, 4), 3);
                    }

                    public IEnumerable<string> Iterate(Customer customer)
                    {
                        return Generate(customer.Email, 3);

                        IEnumerable<string> Generate(string value, int n)
                        {
                            yield return value;
                            if (n > 0)
                            {
                                foreach (string inner in Generate(value, n - 1))
                                {
                                    yield return inner;
                                }
                            }
                        }
                    }
                }
            }
            """,
            Flows(
                "LocalFunctionRecursion",
                """
                        private string Local(string value)
                        {
                            return Loop(value, 3);

                            string Loop(string v, int n)
                            {
                                logger.LogInformation("Loop {Value}", v);
                                return n <= 0 ? v : Loop(Helper(v), n - 1);
                            }

                            static string Helper(string v) => v;
                        }

                """,
                new FlowValue("Walked", "string", "new Walker(logger).Walk(customer, 4)"),
                new FlowValue("Carried", "Customer", "new Walker(logger).Carry(customer)"),
                new FlowValue("Lambdas", "string", "new Walker(logger).Lambdas(customer)"),
                new FlowValue("Iterated", "IEnumerable<string>", "new Walker(logger).Iterate(customer)"),
                new FlowValue("Local", "string", "Local(customer.Email)")));

        private static ImmutableArray<ShapeFile> NewtonsoftJson() => One(
            "Newtonsoft.cs",
            """
            using Newtonsoft.Json;
            using Newtonsoft.Json.Linq;

            namespace Shapes
            {
                public static class NewtonsoftShapes
                {
                    public static JObject Object(Customer customer) => new JObject
                    {
                        ["email"] = customer.Email,
                        ["name"] = customer.FullName,
                        ["phone"] = customer.PhoneNumber,
                        ["nested"] = new JObject { ["again"] = new JArray(customer.Email, new JObject { ["id"] = customer.Id }) },
                    };

                    public static void Walk(ILogger logger, JToken token)
                    {
                        logger.LogInformation("{Path} {Token} {@Token}", token.Path, token, token);
                        foreach (JToken child in token)
                        {
                            Walk(logger, child);
                        }

                        foreach (JToken descendant in token.SelectTokens("$..email"))
                        {
                            logger.LogInformation("{Email}", (string?)descendant);
                        }
                    }
                }
            }
            """,
            Flows(
                "NewtonsoftJson",
                "",
                new FlowValue("JToken", "JToken", "JToken.FromObject(customer)"),
                new FlowValue("JObject", "JObject", "NewtonsoftShapes.Object(customer)"),
                new FlowValue("JArray", "JArray", "new JArray(NewtonsoftShapes.Object(customer), customer.Email)"),
                new FlowValue("Children", "IEnumerable<JToken>", "NewtonsoftShapes.Object(customer).Descendants()"),
                new FlowValue("Parsed", "JToken", "JToken.Parse(JsonConvert.SerializeObject(customer))"),
                new FlowValue("Value", "JValue", "new JValue(customer.Email)"),
                new FlowValue("Selected", "JToken?", "NewtonsoftShapes.Object(customer).SelectToken(\"$.nested.again[0]\")"),
                new FlowValue("Serialized", "string", "JsonConvert.SerializeObject(NewtonsoftShapes.Object(customer))")), "Newtonsoft.Json", "Newtonsoft.Json.Linq");

        private static ImmutableArray<ShapeFile> SystemTextJson() => One(
            "SystemTextJson.cs",
            """
            using System.Text.Json;
            using System.Text.Json.Nodes;

            namespace Shapes
            {
                public static class JsonShapes
                {
                    public static JsonObject Object(Customer customer) => new JsonObject
                    {
                        ["email"] = customer.Email,
                        ["name"] = customer.FullName,
                        ["phone"] = customer.PhoneNumber,
                        ["nested"] = new JsonArray(customer.Email, new JsonObject { ["id"] = customer.Id }),
                    };

                    public static void Walk(ILogger logger, JsonElement element)
                    {
                        logger.LogInformation("{Kind} {Element} {@Element}", element.ValueKind, element, element);
                        if (element.ValueKind == JsonValueKind.Array)
                        {
                            foreach (JsonElement item in element.EnumerateArray())
                            {
                                Walk(logger, item);
                            }
                        }
                        else if (element.ValueKind == JsonValueKind.Object)
                        {
                            foreach (JsonProperty property in element.EnumerateObject())
                            {
                                logger.LogInformation("{Name}", property.Name);
                                Walk(logger, property.Value);
                            }
                        }
                    }

                    public static void Walk(ILogger logger, JsonNode? node)
                    {
                        logger.LogInformation("{Node}", node);
                        if (node is JsonObject obj)
                        {
                            foreach (KeyValuePair<string, JsonNode?> pair in obj)
                            {
                                Walk(logger, pair.Value);
                            }
                        }
                        else if (node is JsonArray array)
                        {
                            foreach (JsonNode? item in array)
                            {
                                Walk(logger, item);
                            }
                        }
                    }
                }
            }
            """,
            Flows(
                "SystemTextJson",
                "",
                new FlowValue("JsonNode", "JsonNode", "JsonShapes.Object(customer)"),
                new FlowValue("JsonObject", "JsonObject", "JsonShapes.Object(customer)"),
                new FlowValue("JsonArray", "JsonArray", "new JsonArray(JsonShapes.Object(customer), customer.Email)"),
                new FlowValue("JsonElement", "JsonElement", "JsonSerializer.SerializeToElement(customer)"),
                new FlowValue("ArrayEnumerator", "JsonElement.ArrayEnumerator", "JsonSerializer.SerializeToElement(new[] { customer }).EnumerateArray()"),
                new FlowValue("JsonDocument", "JsonDocument", "JsonSerializer.SerializeToDocument(customer)"),
                new FlowValue("Parsed", "JsonNode?", "JsonNode.Parse(JsonSerializer.Serialize(customer))"),
                new FlowValue("Serialized", "string", "JsonSerializer.Serialize(JsonShapes.Object(customer))")), "System.Text.Json", "System.Text.Json.Nodes");

        private static ImmutableArray<ShapeFile> XElements() => One(
            "XElements.cs",
            """
            using System.Xml.Linq;

            namespace Shapes
            {
                public static class XmlShapes
                {
                    public static XElement Element(Customer customer) =>
                        new XElement(
                            "customer",
                            new XAttribute("id", customer.Id),
                            new XElement("email", customer.Email),
                            new XElement("name", customer.FullName),
                            new XElement("phone", customer.PhoneNumber),
                            new XElement("friends", new XElement("customer", new XElement("email", customer.Email))));

                    public static void Walk(ILogger logger, XElement element)
                    {
                        logger.LogInformation("{Name} {Value} {@Element}", element.Name, element.Value, element);
                        foreach (XElement child in element.Elements())
                        {
                            Walk(logger, child);
                        }
                    }
                }
            }
            """,
            Flows(
                "XElements",
                "",
                new FlowValue("XElement", "XElement", "XmlShapes.Element(customer)"),
                new FlowValue("XDocument", "XDocument", "new XDocument(XmlShapes.Element(customer))"),
                new FlowValue("XNode", "XNode", "XmlShapes.Element(customer)"),
                new FlowValue("XAttribute", "XAttribute", "new XAttribute(\"email\", customer.Email)"),
                new FlowValue("Descendants", "IEnumerable<XElement>", "XmlShapes.Element(customer).Descendants()"),
                new FlowValue("Parsed", "XElement", "XElement.Parse(XmlShapes.Element(customer).ToString())")), "System.Xml.Linq");

        private static ImmutableArray<ShapeFile> DataTables() => One(
            "DataTables.cs",
            """
            using System.Data;

            namespace Shapes
            {
                public static class DataShapes
                {
                    public static DataTable Table(Customer customer)
                    {
                        var table = new DataTable("customers");
                        table.Columns.Add("email", typeof(string));
                        table.Columns.Add("name", typeof(string));
                        table.Columns.Add("phone", typeof(string));
                        DataRow row = table.NewRow();
                        row["email"] = customer.Email;
                        row["name"] = customer.FullName;
                        row["phone"] = customer.PhoneNumber;
                        table.Rows.Add(row);
                        table.Rows.Add(customer.Email, customer.FullName, customer.PhoneNumber);
                        return table;
                    }

                    public static void Walk(ILogger logger, DataTable table)
                    {
                        foreach (DataRow row in table.Rows)
                        {
                            logger.LogInformation("{Row} {@Row} {Email}", row, row, row["email"]);
                        }

                        foreach (DataRow row in table.AsEnumerable())
                        {
                            logger.LogInformation("{Items}", row.ItemArray);
                        }
                    }
                }
            }
            """,
            Flows(
                "DataTables",
                "",
                new FlowValue("DataTable", "DataTable", "DataShapes.Table(customer)"),
                new FlowValue("DataRow", "DataRow", "DataShapes.Table(customer).Rows[0]"),
                new FlowValue("DataSet", "DataSet", "new DataSet { Tables = { DataShapes.Table(customer) } }"),
                new FlowValue("Rows", "IEnumerable<DataRow>", "DataShapes.Table(customer).AsEnumerable()"),
                new FlowValue("Items", "object?[]", "DataShapes.Table(customer).Rows[0].ItemArray"),
                new FlowValue("View", "DataView", "DataShapes.Table(customer).DefaultView")), "System.Data");

        /// <summary>
        /// A class whose methods each make one shape value from a customer and send it to every kind of sink: logged as a
        /// scalar (<c>{Tree}</c>) and destructured (<c>{@Tree}</c>), stored (EF Core <c>Add</c> and <c>SaveChanges</c>,
        /// <c>File.WriteAllText</c>), decided on (<c>[AutomatedDecision]</c>), and passed through project helpers: the
        /// shared generic ones (<c>Pass</c>) and typed ones of its own that log and return their argument, recurse and
        /// recurse through each other. <paramref name="members"/> are added to the class.
        /// </summary>
        private static string Flows(string name, string members, params FlowValue[] values)
        {
            var code = new StringBuilder(Usings);
            code.AppendLine("namespace Shapes");
            code.AppendLine("{");
            code.AppendLine(Invariant($"    public sealed class {name}Flows"));
            code.AppendLine("    {");
            code.AppendLine(Invariant($"        private readonly ILogger<{name}Flows> logger;"));
            code.AppendLine("        private readonly ShapeDb db;");
            code.AppendLine();
            code.AppendLine(Invariant($"        public {name}Flows(ILogger<{name}Flows> logger, ShapeDb db)"));
            code.AppendLine("        {");
            code.AppendLine("            this.logger = logger;");
            code.AppendLine("            this.db = db;");
            code.AppendLine("        }");
            code.AppendLine();
            if (members.Length > 0)
            {
                code.AppendLine(members.TrimEnd());
                code.AppendLine();
            }

            foreach (FlowValue value in values)
            {
                string log = value.IsDynamic ? "LoggerExtensions.LogInformation(logger, " : "logger.LogInformation(";
                string label = value.Label;
                string type = value.Type;
                code.AppendLine(Invariant($$"""
                        public void Send{{label}}(Customer customer)
                        {
                            {{type}} value = {{value.Make}};
                            {{log}}"{Tree}", value);
                            {{log}}"{@Tree}", value);
                            db.Add(value!);
                            db.SaveChanges();
                            File.WriteAllText("{{label}}.txt", Pass.Text(value));
                            Pass.Save(db, value!);
                            Pass.Write("{{label}}.json", value);
                            Decisions.Decide(value!);
                            {{log}}"{Tree}", Pass.Through(value));
                            Pass.Logged(logger, value);
                            Decisions.Decide(Pass.Ping(value, 3)!);
                            Pass.Write("{{label}}.again.txt", Pass.Recurse(value, 2));
                            {{log}}"{@Tree}", {{label}}Relay(value));
                            Decisions.Decide({{label}}RelayA(value, 4)!);
                            db.Add({{label}}RelayB(value, 4)!);
                            File.WriteAllText("{{label}}.last.txt", Pass.Text({{label}}Recurse(value, 5)));
                        }

                        private {{type}} {{label}}Relay({{type}} value)
                        {
                            {{log}}"Relayed {@Tree}", value);
                            return value;
                        }

                        private {{type}} {{label}}RelayA({{type}} value, int depth) => depth <= 0 ? {{label}}Relay(value) : {{label}}RelayB(value, depth - 1);

                        private {{type}} {{label}}RelayB({{type}} value, int depth) => depth <= 0 ? value : {{label}}RelayA(value, depth - 1);

                        private {{type}} {{label}}Recurse({{type}} value, int depth) => depth <= 0 ? {{label}}RelayA(value, 2) : {{label}}Recurse(value, depth - 1);

                """));
            }

            code.AppendLine("    }");
            code.AppendLine("}");
            return code.ToString();
        }

        /// <summary>A hand-written shape and its flows, with the shared usings and <paramref name="flowUsings"/> (the
        /// namespaces of the shape's library) for the flows.</summary>
        private static ImmutableArray<ShapeFile> One(string path, string shape, string flows, params string[] flowUsings) =>
            ImmutableArray.Create(
                new ShapeFile(path, Usings + shape),
                new ShapeFile(
                    System.IO.Path.GetFileNameWithoutExtension(path) + ".Flows.cs",
                    string.Concat(flowUsings.Select(name => "using " + name + ";\n")) + flows));

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        private sealed record Definition(string Name, string Description, bool CompilerMayReject, Func<ImmutableArray<ShapeFile>> Files);

        /// <summary>One value of a shape: the method named <paramref name="Label"/> makes it with <paramref name="Make"/>
        /// (an expression over <c>customer</c>) as a <paramref name="Type"/>; a <c>dynamic</c> value is logged through
        /// <c>LoggerExtensions</c> (extension methods are not dispatched dynamically).</summary>
        private sealed record FlowValue(string Label, string Type, string Make, bool IsDynamic = false);
    }

    /// <summary>One robustness input: its files (the shared model first), and whether the compiler itself may reject it
    /// (a generated shape beyond the compiler's limits, such as an expression nested too deep for its stack). No shape
    /// is marked today: the 5,000-term concatenation and the 2,000-deep nested call both compile here.</summary>
    internal sealed record TypeGraphShape(string Name, string Description, ImmutableArray<ShapeFile> Files, bool CompilerMayReject);

    /// <summary>One source file of a shape.</summary>
    internal sealed record ShapeFile(string Path, string Code);
}
