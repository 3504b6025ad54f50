using System.Collections.Immutable;

namespace GdprAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Realistic snippets of code that handles personal data and logs, one compilation each: Microsoft.Extensions.Logging,
    /// Serilog, NLog, log4net, the console, ASP.NET Core Identity, Microsoft.Extensions.Compliance, records, generics,
    /// lambdas, locals, interpolation, top-level statements. Each compiles without errors as written; the robustness
    /// test then breaks it.
    /// </summary>
    internal static class Corpus
    {
        public static ImmutableArray<(string Name, string Code)> Snippets { get; } = ImmutableArray.Create(
            ("MelSupportService.cs", MelSupportService),
            ("SerilogChat.cs", SerilogChat),
            ("IdentityAccounts.cs", IdentityAccounts),
            ("LoggerMessageAndCompliance.cs", LoggerMessageAndCompliance),
            ("TopLevelProgram.cs", TopLevelProgram),
            ("GenericsAndInterfaces.cs", GenericsAndInterfaces),
            ("PatternsStaticsAndOut.cs", PatternsStaticsAndOut));

        private const string MelSupportService = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.Logging;

            namespace Support
            {
                public sealed class Customer
                {
                    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
                    [PersonalData(PersonalDataCategory.Contact)] public string? Phone { get; set; }
                    [PersonalData(PersonalDataCategory.Identity)] public string FullName { get; set; } = "";
                    [PersonalData(PersonalDataCategory.CustomerNumber)] public Guid Id { get; set; }
                    public int OpenTickets { get; set; }
                    public Address? Home { get; set; }
                    public List<Ticket> Tickets { get; } = new();
                }

                public sealed class Address
                {
                    [PersonalData] public string Street { get; set; } = "";
                    public string Country { get; set; } = "FR";
                }

                public sealed record Ticket(int Number, [PersonalData] string Body, DateTimeOffset Opened);

                public sealed partial class SupportService
                {
                    private readonly ILogger<SupportService> logger;
                    private readonly Dictionary<Guid, Customer> customers = new();

                    public SupportService(ILogger<SupportService> logger)
                    {
                        this.logger = logger;
                    }

                    public async Task<Ticket> OpenAsync(Customer customer, string body)
                    {
                        using var scope = logger.BeginScope("Customer {CustomerId}", customer.Id);
                        logger.LogInformation("Ticket opened by {Email}", customer.Email);
                        logger.LogInformation($"Ticket for {customer.FullName} ({customer.OpenTickets} open)");
                        var greeting = "Hello " + customer.FullName.Trim();
                        logger.LogDebug(greeting);
                        string contact = customer.Phone ?? customer.Email;
                        logger.LogInformation("Contact {Contact}", Redact.Pseudonymize(contact));
                        var ticket = new Ticket(customer.OpenTickets + 1, body, DateTimeOffset.UtcNow);
                        customer.Tickets.Add(ticket);
                        customers[customer.Id] = customer;
                        await Task.Yield();
                        customer.Tickets.ForEach(t => logger.LogTrace("Ticket {Number}: {Body}", t.Number, t.Body));
                        if (customer.Home is { } home)
                        {
                            logger.LogWarning("Ships to {Street} in {Country}", home.Street, home.Country);
                        }

                        logger.LogInformation("Customer {@Customer}", customer);
                        logger.Log(LogLevel.Information, new EventId(7, "Opened"), customer.Email, null, (state, _) => state);
                        LogOpened(customer.Email, ticket.Number);
                        return ticket;
                    }

                    public void Close(Guid id)
                    {
                        if (!customers.TryGetValue(id, out Customer? customer))
                        {
                            logger.LogError(new InvalidOperationException("unknown"), "No customer {Id}", id);
                            return;
                        }

                        string summary = string.Join(", ", customer.Tickets.Select(t => t.Number));
                        logger.LogInformation(string.Format("Closed {0} for {1}", summary, customer.Email));
                        logger.LogInformation("Closed for {Name}", customer.FullName?.ToUpperInvariant());
                        logger.LogInformation("Erased {Value}", Redact.Erase(customer));
                        int length = customer.Email.Length;
                        logger.LogInformation("Length {Length}", length);
                    }

                    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Ticket {Number} opened by {Email}")]
                    private partial void LogOpened(string email, int number);

                    private partial void LogOpened(string email, int number) => logger.LogInformation("{Email} {Number}", email, number);
                }
            }
            """;

        private const string SerilogChat = """
            using System;
            using System.Collections.Generic;
            using GdprAnalyzers.Annotations;
            using Serilog;
            using Serilog.Context;

            namespace Chat
            {
                [PersonalData(PersonalDataCategory.Contact)]
                public sealed record ContactCard(string Name, string Email);

                public sealed record Message(Guid Id, [property: PersonalData] string Text, ContactCard From);

                public sealed class ChatBot
                {
                    private readonly ILogger log;

                    public ChatBot(ILogger log)
                    {
                        this.log = log.ForContext<ChatBot>();
                    }

                    public string Answer(Message message, [PersonalData] string ipAddress)
                    {
                        using (LogContext.PushProperty("Ip", ipAddress))
                        using (LogContext.PushProperty("MessageId", message.Id))
                        {
                            log.Information("Message {Text} from {@From}", message.Text, message.From);
                            Log.Information("Message from {Name}", message.From.Name);
                            log.ForContext("Email", message.From.Email).Debug("Answering");
                            var words = message.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                            log.Verbose("{Count} words", words.Length);
                            Func<string, string> shout = s => s.ToUpperInvariant();
                            string answer = words.Length switch
                            {
                                0 => "Hello?",
                                1 => $"Just '{shout(words[0])}'?",
                                _ => $"Thanks {message.From.Name}, we will answer at {message.From.Email}.",
                            };
                            log.Write(Serilog.Events.LogEventLevel.Information, "Answer {Answer}", answer);
                            log.Error("Could not reach {Ip}", Redact.Pseudonymize(ipAddress));
                            return answer;
                        }
                    }

                    public void Audit(IEnumerable<Message> messages)
                    {
                        foreach (Message m in messages)
                        {
                            log.Warning("Audit {Id} {Text}", m.Id, m.Text);
                        }

                        Log.Fatal("Audit of {Messages}", messages);
                    }
                }
            }
            """;

        private const string IdentityAccounts = """
            using System;
            using System.Linq;
            using Microsoft.AspNetCore.Identity;

            namespace Accounts
            {
                public sealed class ChatUser : IdentityUser
                {
                    [PersonalData] public string? DisplayName { get; set; }
                    [ProtectedPersonalData] public string? DriverLicence { get; set; }
                    public DateTime LastSeen { get; set; }
                }

                public sealed class AccountAudit
                {
                    private static readonly NLog.Logger Nlog = NLog.LogManager.GetCurrentClassLogger();
                    private readonly log4net.ILog log4 = log4net.LogManager.GetLogger(typeof(AccountAudit));

                    public void Registered(ChatUser user)
                    {
                        Nlog.Info("Registered {Email}", user.Email);
                        Nlog.Debug("User {@User}", user);
                        Nlog.Trace($"Licence {user.DriverLicence}");
                        log4.InfoFormat("Registered {0} ({1})", user.UserName, user.PhoneNumber);
                        log4.Debug(user.DisplayName);
                        log4.Warn("Last seen " + user.LastSeen.ToString("O"));
                        var names = new[] { user.UserName, user.DisplayName }.Where(n => n != null).ToArray();
                        Nlog.Warn("Names {Names}", string.Join("/", names));
                        Console.WriteLine("Registered user " + user.Id);
                    }
                }
            }
            """;

        private const string LoggerMessageAndCompliance = """
            using System;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.Compliance.Classification;
            using Microsoft.Extensions.Compliance.Redaction;
            using Microsoft.Extensions.Logging;

            namespace Billing
            {
                public sealed class FinancialDataAttribute : DataClassificationAttribute
                {
                    public FinancialDataAttribute() : base(new DataClassification("Billing", "Financial")) { }
                }

                public sealed class Invoice
                {
                    [FinancialData] public string Iban { get; init; } = "";
                    [PersonalData] public string HolderName { get; init; } = "";
                    [NoDataClassification] public string Currency { get; init; } = "EUR";
                    public decimal Amount { get; init; }
                }

                public static partial class BillingLog
                {
                    private static readonly Action<ILogger, string, Exception?> Charged =
                        LoggerMessage.Define<string>(LogLevel.Information, new EventId(10, "Charged"), "Charged {Iban}");

                    private static readonly Action<ILogger, decimal, string, Exception?> Amount =
                        LoggerMessage.Define<decimal, string>(LogLevel.Debug, new EventId(11), "{Amount} {Holder}");

                    [LoggerMessage(12, LogLevel.Warning, "Refused for {Holder}")]
                    public static partial void Refused(ILogger logger, string holder);

                    [LoggerMessage(13, LogLevel.Warning, "Refused {Iban}")]
                    public static partial void RefusedClassified(ILogger logger, [FinancialData] string iban);

                    public static void Charge(ILogger logger, Invoice invoice, Redactor redactor)
                    {
                        Charged(logger, invoice.Iban, null);
                        Charged(logger, redactor.Redact(invoice.Iban), null);
                        Amount(logger, invoice.Amount, invoice.HolderName, null);
                        Refused(logger, invoice.HolderName);
                        RefusedClassified(logger, invoice.Iban);
                        logger.LogInformation("Currency {Currency}", invoice.Currency);
                        logger.LogInformation("Masked {Holder}", Mask(invoice.HolderName));
                    }

                    [Redaction]
                    private static string Mask(string value) => value.Length == 0 ? value : value[0] + new string('*', value.Length - 1);

                    public static partial void Refused(ILogger logger, string holder) { }

                    public static partial void RefusedClassified(ILogger logger, string iban) { }
                }
            }
            """;

        private const string TopLevelProgram = """
            using System;
            using System.Diagnostics;
            using System.Threading.Tasks;
            using GdprAnalyzers.Annotations;

            var patient = new Patient("Jeanne Martin", new DateOnly(1961, 5, 3), "A+");
            Console.WriteLine($"Patient {patient.Name} born {patient.BirthDate:yyyy}");
            Debug.WriteLine(patient);
            Trace.TraceInformation("Blood group {0}", patient.BloodGroup);
            string label = patient switch
            {
                { BloodGroup: "O-" } => "universal donor",
                var p when p.Name.Length > 10 => p.Name[..10],
                _ => "other",
            };
            Console.Write(label);
            await Task.Delay(1);
            Report(patient);

            static void Report(Patient p)
            {
                Debug.Print("Report for " + p.Name);
                Trace.WriteLineIf(p.BirthDate.Year < 1970, Redact.Pseudonymize(p.Name));
                Console.Error.WriteLine(p.Name);
            }

            [PersonalData(PersonalDataCategory.SpecialCategory)]
            public sealed record Patient(string Name, DateOnly BirthDate, string BloodGroup);
            """;

        private const string GenericsAndInterfaces = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.Logging;

            namespace Crm
            {
                public interface IContact
                {
                    [PersonalData] string Email { get; }
                    string Segment { get; }
                }

                public abstract class Person : IContact
                {
                    public abstract string Email { get; }
                    public string Segment => "retail";
                    [PersonalData] public virtual string? Name { get; set; }
                    [return: PersonalData] public virtual string Describe() => Name ?? Email;
                }

                public sealed class Lead : Person
                {
                    public Lead(string email) { Email = email; }
                    public override string Email { get; }
                    public override string? Name { get; set; }
                    public override string Describe() => "lead";
                }

                public sealed class Repository<T> where T : IContact
                {
                    private readonly List<T> items = new();
                    private readonly ILogger logger;

                    public Repository(ILogger logger) { this.logger = logger; }

                    public void Add(T item)
                    {
                        items.Add(item);
                        logger.LogInformation("Added {Email} to {Segment}", item.Email, item.Segment);
                        var pair = (item.Email, items.Count);
                        logger.LogDebug("Pair {Pair}", pair);
                        var emails = items.Select(i => i.Email).ToList();
                        logger.LogDebug("All {Emails}", emails);
                        logger.LogDebug("First {Email}", items.FirstOrDefault()?.Email);
                        logger.LogTrace("Anonymous {Value}", new { item.Email, Count = items.Count });
                    }

                    public void Describe(Person person)
                    {
                        logger.LogInformation("Person {Description}", person.Describe());
                        logger.LogInformation("Lead {Name}", (person as Lead)?.Name);
                        logger.LogInformation("Hash {Hash}", person.Email.GetHashCode());
                        logger.LogInformation("Checked {Ok}", person.Email.Contains('@'));
                    }
                }
            }
            """;

        private const string PatternsStaticsAndOut = """
            using System.Collections.Generic;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.Logging;

            namespace Shop
            {
                public sealed class Buyer
                {
                    [PersonalData] public string Email { get; set; } = "";
                    public string Plan { get; set; } = "";
                }

                public sealed record Parcel(Buyer Buyer, string Reference);

                public static class LastSeen
                {
                    public static string? Contact { get; set; }
                    public static string Channel = "";
                }

                public sealed class Dispatch
                {
                    private static string lastEmail = "";

                    public void Ship(ILogger logger, Parcel parcel, object value, Dictionary<int, string> byId)
                    {
                        lastEmail = parcel.Buyer.Email;
                        LastSeen.Contact ??= parcel.Buyer.Email;
                        LastSeen.Channel += "mail";
                        if (parcel is { Buyer.Email: var email, Reference: { Length: > 0 } reference })
                        {
                            logger.LogInformation("{Email} {Reference}", email, reference);
                        }

                        switch (value)
                        {
                            case Buyer { Plan: var plan, Email: { } mail } when plan.Length > 0:
                                logger.LogInformation("{Plan} {Mail}", plan, mail);
                                break;
                        }

                        string label = parcel switch
                        {
                            (var buyer, var code) when code.Length > 2 => buyer.Plan,
                            { Buyer: { Plan: var p } } => p,
                        };
                        byId[1] = parcel.Buyer.Email;
                        string contact = "";
                        if (byId.TryGetValue(1, out var found) && TryContact(parcel.Buyer, out contact))
                        {
                            logger.LogInformation("{Found} {Contact} {Label}", found, contact, label);
                        }

                        Normalize(ref contact);
                        logger.LogInformation("{Last} {Seen} {Channel} {Contact}", lastEmail, LastSeen.Contact, LastSeen.Channel, contact);
                    }

                    private static bool TryContact(Buyer buyer, out string contact)
                    {
                        contact = buyer.Email;
                        return contact.Length > 0;
                    }

                    private static void Normalize(ref string text) => text = text.Trim();
                }
            }
            """;
    }
}
