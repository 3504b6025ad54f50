using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GdprAnalyzers.Benchmarks
{
    /// <summary>One generated source file.</summary>
    public sealed record GeneratedFile(string Path, string Text);

    /// <summary>A generated project: its files, how many methods it declares, and the findings its generator planted,
    /// per rule id (what GdprAnalyzers should report, exactly).</summary>
    public sealed record GeneratedProject(
        string Name,
        IReadOnlyList<GeneratedFile> Files,
        int Methods,
        int Lines,
        IReadOnlyDictionary<string, int> PlannedFindings);

    /// <summary>
    /// Generates a synthetic C# project of a realistic shape: modules of an online shop, each with EF Core entities that
    /// hold personal data (<c>[PersonalData]</c>, and one Microsoft.Extensions.Compliance classification), a
    /// <c>DbContext</c>, an ML.NET risk model, a mailer behind an interface, a static formatting helper, and services
    /// that log (Microsoft.Extensions.Logging and Serilog), store, call helpers and make predictions. One public service
    /// method in eight leaks personal data (a log, a logger wrapper, a classified member, a helper's result, an automated
    /// decision), and one module in ten stores an entity without a purpose or lawful basis: about one finding per ten
    /// methods, counting constructors, helpers and the modules' own methods. The output depends only on the method count.
    /// </summary>
    public static class SyntheticProject
    {
        /// <summary>Services per module.</summary>
        public const int ServicesPerModule = 5;

        /// <summary>Methods per service, counting its constructor and two private helpers.</summary>
        public const int MethodsPerService = 12;

        private const int LeakEvery = 8;

        private static readonly string[] SafeKinds =
        {
            "Confirm", "Summarise", "Notify", "Register", "Screen", "Ship", "Label", "Cancel", "Invoice", "Scope",
        };

        private static readonly string[] LeakKinds =
        {
            "LeakDirect", "LeakInterpolatedLocal", "LeakWrapper", "LeakClassified", "LeakDecision", "LeakSerilog", "LeakHelperResult",
        };

        /// <summary>A project of about <paramref name="methods"/> methods (rounded up to whole modules).</summary>
        public static GeneratedProject Generate(int methods)
        {
            int perModule = ServicesPerModule * MethodsPerService + ModuleMethods;
            int modules = Math.Max(1, (methods + perModule - 1) / perModule);
            var files = new List<GeneratedFile> { new("Common.cs", Common) };
            var planned = new Dictionary<string, int>(StringComparer.Ordinal);
            int methodCount = 0;
            int publicMethodIndex = 0;
            for (int module = 0; module < modules; module++)
            {
                bool undeclaredEntity = module % 10 == 9;
                files.Add(new GeneratedFile($"M{module}/Model.cs", Model(module, undeclaredEntity)));
                methodCount += ModuleMethods;
                if (undeclaredEntity)
                {
                    // Newsletter{m}.Email: no purpose (GDPR002), no lawful basis (GDPR003), no retention period (GDPR013).
                    Add(planned, "GDPR002", 1);
                    Add(planned, "GDPR003", 1);
                    Add(planned, "GDPR013", 1);
                }

                for (int service = 0; service < ServicesPerModule; service++)
                {
                    files.Add(new GeneratedFile(
                        $"M{module}/OrderService{module}_{service}.cs",
                        Service(module, service, ref publicMethodIndex, planned)));
                    methodCount += MethodsPerService;
                }
            }

            int lines = 0;
            foreach (GeneratedFile file in files)
            {
                lines += CountLines(file.Text);
            }

            return new GeneratedProject("Synthetic" + methods.ToString(CultureInfo.InvariantCulture), files, methodCount, lines, planned);
        }

        /// <summary>Methods each module declares outside its services: the DbContext constructor, the mailer's two
        /// methods, the formatting helper's two.</summary>
        private const int ModuleMethods = 5;

        internal static int CountLines(string text)
        {
            int lines = 1;
            foreach (char c in text)
            {
                if (c == '\n')
                {
                    lines++;
                }
            }

            return lines;
        }

        private static void Add(Dictionary<string, int> planned, string id, int count)
        {
            planned.TryGetValue(id, out int existing);
            planned[id] = existing + count;
        }

        private const string Common = """
            using Microsoft.Extensions.Compliance.Classification;

            namespace Shop.Common
            {
                /// <summary>The shop's own data classification (Microsoft.Extensions.Compliance).</summary>
                [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Parameter)]
                public sealed class PrivateDataAttribute : DataClassificationAttribute
                {
                    public PrivateDataAttribute()
                        : base(new DataClassification("Shop", "Private"))
                    {
                    }
                }
            }
            """;

        private static string Model(int m, bool undeclaredEntity)
        {
            string newsletter = undeclaredEntity
                ? $$"""

                    public sealed class Newsletter{{m}}
                    {
                        public int Id { get; set; }
                        [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
                        public bool Weekly { get; set; }
                    }
                """
                : string.Empty;
            string newsletterSet = undeclaredEntity ? $"\n        public DbSet<Newsletter{m}> Newsletters => Set<Newsletter{m}>();" : string.Empty;
            return $$"""
                using System;
                using System.Collections.Generic;
                using System.Globalization;
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.Logging;
                using Microsoft.ML.Data;
                using Shop.Common;

                namespace Shop.M{{m}}
                {
                    [ProcessingPurpose("Keep the accounts of module {{m}}'s customers")]
                    [LawfulBasis(LawfulBasis.Contract)]
                    [RetentionPeriod("P3Y", Criteria = "after the account is closed")]
                    public sealed class Customer{{m}}
                    {
                        public int Id { get; set; }
                        [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
                        [PersonalData(PersonalDataCategory.Identity)] public string FullName { get; set; } = "";
                        [PersonalData(PersonalDataCategory.Contact)] public string? Phone { get; set; }
                        public string Plan { get; set; } = "basic";
                        public DateTimeOffset CreatedAt { get; set; }
                        public List<Order{{m}}> Orders { get; set; } = new();
                    }

                    [ProcessingPurpose("Deliver and invoice module {{m}}'s orders")]
                    [LawfulBasis(LawfulBasis.Contract)]
                    [RetentionPeriod("P10Y")]
                    public sealed class Order{{m}}
                    {
                        public int Id { get; set; }
                        public int CustomerId { get; set; }
                        public decimal Total { get; set; }
                        public string Status { get; set; } = "open";
                        [PrivateData] public string? DeliveryAddress { get; set; }
                        public List<OrderLine{{m}}> Lines { get; set; } = new();
                    }

                    public sealed class OrderLine{{m}}
                    {
                        public int Id { get; set; }
                        public string Sku { get; set; } = "";
                        public int Quantity { get; set; }
                        public decimal Price { get; set; }
                    }
                {{newsletter}}
                    public sealed class RiskInput{{m}}
                    {
                        public float Amount { get; set; }
                        public float ItemCount { get; set; }
                    }

                    public sealed class ProfileInput{{m}}
                    {
                        [PersonalData(PersonalDataCategory.Contact)] public string Postcode { get; set; } = "";
                        public float Spend { get; set; }
                    }

                    public sealed class RiskPrediction{{m}}
                    {
                        [ColumnName("PredictedLabel")] public bool Flagged { get; set; }
                        public float Score { get; set; }
                    }

                    public sealed class ShopDb{{m}} : DbContext
                    {
                        public ShopDb{{m}}(DbContextOptions<ShopDb{{m}}> options)
                            : base(options)
                        {
                        }

                        public DbSet<Customer{{m}}> Customers => Set<Customer{{m}}>();
                        public DbSet<Order{{m}}> Orders => Set<Order{{m}}>();
                        public DbSet<OrderLine{{m}}> OrderLines => Set<OrderLine{{m}}>();{{newsletterSet}}
                    }

                    public interface IMailer{{m}}
                    {
                        void Send(int customerId, string subject);
                    }

                    public sealed class Mailer{{m}} : IMailer{{m}}
                    {
                        private readonly ILogger<Mailer{{m}}> logger;

                        public Mailer{{m}}(ILogger<Mailer{{m}}> logger)
                        {
                            this.logger = logger;
                        }

                        public void Send(int customerId, string subject)
                        {
                            logger.LogInformation("Mail {Subject} queued for customer {CustomerId}", subject, customerId);
                        }
                    }

                    public static class Formatting{{m}}
                    {
                        public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

                        public static string Initials(string fullName)
                        {
                            string[] parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                            return parts.Length == 0 ? "?" : string.Concat(parts[0][0], parts[parts.Length - 1][0]);
                        }
                    }
                }
                """;
        }

        private static string Service(int m, int s, ref int publicMethodIndex, Dictionary<string, int> planned)
        {
            var body = new StringBuilder();
            int publicMethods = MethodsPerService - 3; // constructor, Audit, Trace
            for (int i = 0; i < publicMethods; i++)
            {
                int index = publicMethodIndex++;
                string method;
                if (index % LeakEvery == LeakEvery - 1)
                {
                    string kind = LeakKinds[(index / LeakEvery) % LeakKinds.Length];
                    method = LeakMethod(kind, m, i);
                    Add(planned, kind == "LeakDecision" ? "GDPR004" : "GDPR001", 1);
                }
                else
                {
                    method = SafeMethod(SafeKinds[(index + s) % SafeKinds.Length], m, i);
                }

                body.AppendLine();
                body.Append(method);
            }

            string name = $"OrderService{m}_{s}";
            return $$"""
                using System;
                using System.Collections.Generic;
                using System.Globalization;
                using System.Linq;
                using System.Threading;
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.Logging;
                using Microsoft.ML;

                namespace Shop.M{{m}}
                {
                    public sealed class {{name}}
                    {
                        private readonly ILogger<{{name}}> logger;
                        private readonly ShopDb{{m}} db;
                        private readonly IMailer{{m}} mailer;
                        private readonly PredictionEngine<RiskInput{{m}}, RiskPrediction{{m}}> risk;
                        private readonly PredictionEngine<ProfileInput{{m}}, RiskPrediction{{m}}> profiles;
                        private int processed;

                        public {{name}}(
                            ILogger<{{name}}> logger,
                            ShopDb{{m}} db,
                            IMailer{{m}} mailer,
                            PredictionEngine<RiskInput{{m}}, RiskPrediction{{m}}> risk,
                            PredictionEngine<ProfileInput{{m}}, RiskPrediction{{m}}> profiles)
                        {
                            this.logger = logger;
                            this.db = db;
                            this.mailer = mailer;
                            this.risk = risk;
                            this.profiles = profiles;
                        }

                        public int Processed => processed;
                {{body}}
                        private void Audit(string action, int id)
                        {
                            logger.LogInformation("Audit {Action} on {Id}", action, id);
                        }

                        private void Trace(string text)
                        {
                            if (logger.IsEnabled(LogLevel.Debug))
                            {
                                logger.LogDebug("Trace {Text}", text);
                            }
                        }
                    }
                }
                """;
        }

        private static string SafeMethod(string kind, int m, int i) => kind switch
        {
            "Confirm" => $$"""
                        public async Task<int> Confirm{{i}}Async(int orderId, CancellationToken cancellationToken)
                        {
                            Order{{m}}? order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
                            if (order is null)
                            {
                                logger.LogWarning("Order {OrderId} not found", orderId);
                                return 0;
                            }

                            order.Status = "confirmed";
                            await db.SaveChangesAsync(cancellationToken);
                            logger.LogInformation("Order {OrderId} confirmed with total {Total}", order.Id, Formatting{{m}}.Money(order.Total));
                            return order.Lines.Count;
                        }

                """,
            "Summarise" => $$"""
                        public decimal Summarise{{i}}(Customer{{m}} customer)
                        {
                            decimal paid = 0;
                            foreach (Order{{m}} order in customer.Orders)
                            {
                                if (order.Status == "paid")
                                {
                                    paid += order.Total;
                                }
                            }

                            List<int> open = customer.Orders.Where(o => o.Status != "paid").Select(o => o.Id).ToList();
                            logger.LogDebug("Customer {CustomerId} has {Open} open orders and paid {Paid}", customer.Id, open.Count, paid);
                            return paid;
                        }

                """,
            "Notify" => $$"""
                        public void Notify{{i}}(Customer{{m}} customer, string subject)
                        {
                            string recipient = Redact.Pseudonymize(customer.Email);
                            logger.LogInformation("Notification {Subject} sent to {Recipient}", subject, recipient);
                            mailer.Send(customer.Id, subject);
                            Audit("notify", customer.Id);
                        }

                """,
            "Register" => $$"""
                        public async Task<int> Register{{i}}Async(string email, string fullName, CancellationToken cancellationToken)
                        {
                            var customer = new Customer{{m}} { Email = email, FullName = fullName, Plan = "basic", CreatedAt = DateTimeOffset.UtcNow };
                            db.Customers.Add(customer);
                            await db.SaveChangesAsync(cancellationToken);
                            logger.LogInformation("Customer {CustomerId} registered on plan {Plan}", customer.Id, customer.Plan);
                            return customer.Id;
                        }

                """,
            "Screen" => $$"""
                        public bool Screen{{i}}(Order{{m}} order)
                        {
                            var input = new RiskInput{{m}} { Amount = (float)order.Total, ItemCount = order.Lines.Count };
                            RiskPrediction{{m}} prediction = risk.Predict(input);
                            logger.LogInformation("Order {OrderId} screened: {Flagged} ({Score})", order.Id, prediction.Flagged, prediction.Score);
                            return prediction.Flagged;
                        }

                """,
            "Ship" => $$"""
                        public void Ship{{i}}(Order{{m}} order, string carrier)
                        {
                            Serilog.Log.Information("Order {OrderId} shipped with {Carrier}", order.Id, carrier);
                            Trace(carrier);
                            processed++;
                        }

                """,
            "Label" => $$"""
                        public string Label{{i}}(Order{{m}} order)
                        {
                            string label = order.Status switch
                            {
                                "paid" => "Paid",
                                "confirmed" => "Confirmed",
                                _ => "Open",
                            };
                            logger.LogInformation($"Order {order.Id} is {label}");
                            return label;
                        }

                """,
            "Cancel" => $$"""
                        public async Task<bool> Cancel{{i}}Async(int orderId, CancellationToken cancellationToken)
                        {
                            try
                            {
                                Order{{m}}? order = await db.Orders.FindAsync(new object[] { orderId }, cancellationToken);
                                if (order is null)
                                {
                                    return false;
                                }

                                db.Orders.Remove(order);
                                await db.SaveChangesAsync(cancellationToken);
                                Audit("cancel", orderId);
                                return true;
                            }
                            catch (DbUpdateException exception)
                            {
                                logger.LogError(exception, "Cancelling order {OrderId} failed", orderId);
                                return false;
                            }
                        }

                """,
            "Invoice" => $$"""
                        public string Invoice{{i}}(Order{{m}} order, IReadOnlyList<OrderLine{{m}}> lines)
                        {
                            var text = new System.Text.StringBuilder();
                            text.Append("Invoice ").Append(order.Id.ToString(CultureInfo.InvariantCulture)).AppendLine();
                            decimal total = 0;
                            for (int n = 0; n < lines.Count; n++)
                            {
                                total += lines[n].Price * lines[n].Quantity;
                                text.Append(lines[n].Sku).Append(' ').AppendLine(Formatting{{m}}.Money(lines[n].Price));
                            }

                            logger.LogInformation("Invoice for order {OrderId}: {Lines} lines, {Total}", order.Id, lines.Count, Formatting{{m}}.Money(total));
                            return text.ToString();
                        }

                """,
            "Scope" => $$"""
                        public async Task Scope{{i}}Async(Order{{m}} order, CancellationToken cancellationToken)
                        {
                            using (logger.BeginScope("Order {OrderId}", order.Id))
                            {
                                (int count, decimal sum) = (order.Lines.Count, order.Lines.Sum(l => l.Price));
                                if (count > 10 && sum > 1000m)
                                {
                                    logger.LogWarning("Large order: {Count} lines, {Sum}", count, sum);
                                }

                                await Task.Delay(1, cancellationToken);
                                Audit("scope", order.Id);
                            }
                        }

                """,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        private static string LeakMethod(string kind, int m, int i) => kind switch
        {
            "LeakDirect" => $$"""
                        public void ResetPassword{{i}}(Customer{{m}} customer)
                        {
                            logger.LogInformation("Password reset requested by {Email}", customer.Email);
                            Audit("reset", customer.Id);
                        }

                """,
            "LeakInterpolatedLocal" => $$"""
                        public void FailedLogin{{i}}(Customer{{m}} customer, int attempts)
                        {
                            string who = customer.FullName;
                            if (attempts > 3)
                            {
                                logger.LogWarning($"Login failed {attempts} times for {who}");
                            }
                        }

                """,
            "LeakWrapper" => $$"""
                        public void Lookup{{i}}(Customer{{m}} customer)
                        {
                            Trace(customer.Email);
                            processed++;
                        }

                """,
            "LeakClassified" => $$"""
                        public void Dispatch{{i}}(Order{{m}} order)
                        {
                            logger.LogInformation("Dispatching order {OrderId} to {Address}", order.Id, order.DeliveryAddress);
                        }

                """,
            "LeakDecision" => $$"""
                        public bool Profile{{i}}(Customer{{m}} customer, string postcode)
                        {
                            var input = new ProfileInput{{m}} { Postcode = postcode, Spend = customer.Orders.Count };
                            return profiles.Predict(input).Flagged;
                        }

                """,
            "LeakSerilog" => $$"""
                        public void Callback{{i}}(Customer{{m}} customer)
                        {
                            Serilog.Log.Information("Call back {Phone} today", customer.Phone);
                        }

                """,
            "LeakHelperResult" => $$"""
                        public void Greet{{i}}(Customer{{m}} customer)
                        {
                            string initials = Formatting{{m}}.Initials(customer.FullName);
                            logger.LogInformation("Greeting card for {Initials}", initials);
                        }

                """,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
