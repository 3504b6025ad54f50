using System.Threading.Tasks;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;
using VerifyCredential = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.CredentialLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>
    /// docs/flow-engine.md, "Objects" and "What the message says", sentence by sentence: a member of an object that
    /// merely carries personal data is not personal data for that reason; a method that returns such an object (a
    /// repository's query helper) does not make its result personal data; a log receives a whole object's personal data
    /// only where it writes the object member by member (<c>{@x}</c>, serialisation) or where the object's text form
    /// shows it (a record, a <c>ToString()</c> that prints it); a finding names where its personal data comes from.
    /// </summary>
    public sealed class WholeObjectSemanticsTests
    {
        private const string Library = """
            using System.Collections.Generic;
            using System.Linq;
            using GdprAnalyzers.Annotations;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Logging;

            public sealed class AppUser
            {
                public int Id { get; set; }
                [PersonalData] public string Email { get; set; } = "";
            }

            public sealed class Library
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
                public string Folder { get; set; } = "";
                public List<AppUser> AppUsers { get; set; } = new();
            }

            public sealed class LibraryRepository
            {
                private readonly List<Library> libraries = new();

                public Library? Find(int id) => libraries.FirstOrDefault(l => l.Id == id);

                public Library WithUsers(int id)
                {
                    Library library = libraries.First(l => l.Id == id);
                    return library;
                }

                public Library? Including(int id) => libraries.AsQueryable().Include(l => l.AppUsers).FirstOrDefault(l => l.Id == id);
            }
            """;

        private const string Customers = """
            using System.Collections.Generic;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.Logging;

            public sealed class Customer
            {
                public int Id { get; set; }
                [PersonalData] public string Email { get; set; } = "";
            }

            public sealed record CustomerRecord(int Id, [property: PersonalData] string Email);

            public sealed class PrintedCustomer
            {
                public int Id { get; set; }
                [PersonalData] public string Email { get; set; } = "";
                public override string ToString() => $"#{Id} <{Email}>";
            }

            public sealed class DiscreetCustomer
            {
                public int Id { get; set; }
                [PersonalData] public string Email { get; set; } = "";
                public override string ToString() => $"customer #{Id}";
            }
            """;

        [Fact]
        public async Task MembersOfAnEntityAQueryHelperReturns_NotPersonalData_ItsUsersAre()
        {
            string code = Library + """

                public sealed class Scanner
                {
                    public void Scan(ILogger logger, LibraryRepository repository, int id)
                    {
                        Library? library = repository.Find(id);
                        logger.LogInformation("Scanning {Name} in {Folder}", library?.Name, library?.Folder);
                        Library? included = repository.Including(id);
                        logger.LogInformation("Scanning {Name} in {Folder}", included?.Name, included?.Folder);
                        Library full = repository.WithUsers(id);
                        logger.LogInformation("{Name} has {Count} users", full.Name, full.AppUsers.Count);
                        foreach (AppUser user in full.AppUsers)
                        {
                            logger.LogInformation("Notify {Email}", {|#0:user.Email|});
                        }

                        logger.LogInformation("Library {@Library}", {|#1:full|});
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("AppUser.Email", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("full", "ILogger.LogInformation", " (it carries 'AppUser.Email')"));
        }

        /// <summary>Of an object built from personal data with an initializer, only the members the initializer sets from
        /// personal data are personal data, and its computed properties (which may read them); where a constructor was
        /// given it, every member may hold it.</summary>
        [Fact]
        public async Task MembersOfAnObjectBuiltFromPersonalData_OnlyThoseSetFromIt()
        {
            string code = Library + """

                public sealed class Envelope
                {
                    public Envelope() { }
                    public Envelope(string to) => To = to;
                    public string To { get; set; } = "";
                    public string Subject { get; set; } = "";
                    public string Display => "to " + To;
                }

                public sealed class Mailer
                {
                    public void Send(ILogger logger, AppUser user)
                    {
                        var initialized = new Envelope { To = user.Email, Subject = "Welcome" };
                        logger.LogInformation("To {To}", {|#0:initialized.To|});
                        logger.LogInformation("Subject {Subject}", initialized.Subject);
                        logger.LogInformation("Envelope {Envelope}", {|#2:initialized.Display|});
                        var constructed = new Envelope(user.Email) { Subject = "Welcome" };
                        logger.LogInformation("Subject {Subject}", {|#1:constructed.Subject|});
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("Envelope.To", "ILogger.LogInformation", " (part of 'initialized')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Envelope.Subject", "ILogger.LogInformation", " (part of 'constructed')"),
                Verify.Diagnostic().WithLocation(2).WithArguments("Envelope.Display", "ILogger.LogInformation", " (part of 'initialized')"));
        }

        /// <summary>The type of an object (<c>x.GetType()</c>, its name or its text) is never the data the object
        /// holds: logging the type of a result that carries tokens or a customer's e-mail writes neither.</summary>
        [Fact]
        public async Task TypeOfAnObject_NeverItsData()
        {
            string code = Library + """

                public sealed class TokenResponse
                {
                    public string AccessToken { get; set; } = "";
                }

                public interface IEndpointResult { }

                public sealed class TokenResult : IEndpointResult
                {
                    public TokenResult(string token) => Token = token;
                    public string Token { get; }
                }

                public sealed class Endpoint
                {
                    private readonly string accessToken = System.Guid.NewGuid().ToString();

                    private IEndpointResult Issue() => new TokenResult(accessToken);

                    public void End(ILogger logger, TokenResponse? result, AppUser user)
                    {
                        var issued = Issue();
                        logger.LogTrace("End request. result type: {0}", issued?.GetType().ToString() ?? "-none-");
                        logger.LogTrace("End request. result type: {0}", result?.GetType().ToString() ?? "-none-");
                        logger.LogTrace("Result {Type}", result?.GetType().Name);
                        logger.LogTrace("User type {Type}", user.GetType());
                        logger.LogTrace("Token {Token}", {|#0:result?.AccessToken|});
                    }
                }
                """;
            await VerifyCredential.VerifyAnalyzerAsync(
                code,
                VerifyCredential.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("TokenResponse.AccessToken", "ILogger.LogTrace", ""));
            await Verify.VerifyAnalyzerAsync(code.Replace("{|#0:", "").Replace("|}", ""));
        }

        [Fact]
        public async Task WholeObjectWrittenByItsTextForm_ReportedOnlyWhereTheTextShowsPersonalData()
        {
            string code = Customers + """

                public sealed class Audit
                {
                    public void Run(ILogger logger, Customer customer, CustomerRecord record, PrintedCustomer printed, DiscreetCustomer discreet,
                        List<Customer> customers, List<CustomerRecord> records)
                    {
                        logger.LogInformation("{Customer}", customer);
                        logger.LogInformation($"Customer {customer}");
                        logger.LogInformation("{Customer}", customer.ToString());
                        logger.LogInformation("{Customers}", customers);
                        logger.LogInformation("{Customer}", discreet);
                        logger.LogInformation("{Customer}", discreet.ToString());
                        logger.LogInformation("{Customer}", {|#0:record|});
                        logger.LogInformation($"Customer {{|#1:record|}}");
                        logger.LogInformation("{Customer}", {|#2:printed|});
                        logger.LogInformation("{Customer}", {|#3:printed.ToString()|});
                        logger.LogInformation("{Customers}", {|#4:records|});
                        logger.LogInformation("{Customer}", {|#5:new { customer.Id, customer.Email }|});
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("record", "ILogger.LogInformation", " (it carries 'CustomerRecord.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("record", "ILogger.LogInformation", " (it carries 'CustomerRecord.Email')"),
                Verify.Diagnostic().WithLocation(2).WithArguments("printed", "ILogger.LogInformation", " (it carries 'PrintedCustomer.Email')"),
                Verify.Diagnostic().WithLocation(3).WithArguments("printed", "ILogger.LogInformation", " (it carries 'PrintedCustomer.Email')"),
                Verify.Diagnostic().WithLocation(4).WithArguments("records", "ILogger.LogInformation", " (it carries 'CustomerRecord.Email')"),
                Verify.Diagnostic().WithLocation(5).WithArguments("anonymous object", "ILogger.LogInformation", " (it carries 'Customer.Email')"));
        }

        [Fact]
        public async Task WholeObjectWrittenMemberByMember_Reported()
        {
            string code = Customers + """

                public sealed class Audit
                {
                    public void Run(ILogger logger, Serilog.ILogger serilog, Customer customer, DiscreetCustomer discreet)
                    {
                        logger.LogInformation("{@Customer}", {|#0:customer|});
                        logger.LogInformation("{Id} {@Customer}", customer.Id, {|#1:discreet|});
                        serilog.Information("{@Customer}", {|#2:customer|});
                        serilog.ForContext("Customer", {|#3:customer|}, destructureObjects: true).Information("Seen");
                        logger.LogInformation("{Customer}", {|#4:System.Text.Json.JsonSerializer.Serialize(customer)|});
                        logger.LogInformation("{Id} {Customer}", customer.Id, customer);
                        serilog.ForContext("Customer", customer).Information("Seen");
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("customer", "ILogger.LogInformation", " (it carries 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("discreet", "ILogger.LogInformation", " (it carries 'DiscreetCustomer.Email')"),
                Verify.Diagnostic().WithLocation(2).WithArguments("customer", "ILogger.Information", " (it carries 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(3).WithArguments("customer", "ILogger.ForContext", " (it carries 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(4).WithArguments("JsonSerializer.Serialize()", "ILogger.LogInformation", " (from 'customer')"));
        }

        [Fact]
        public async Task LoggerMessageParameter_WrittenWholeByDestructuringHole()
        {
            string source = Customers + """

                public static partial class Log
                {
                    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Seen {@Customer}")]
                    public static partial void Seen(ILogger logger, Customer customer);

                    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Visited {Customer}")]
                    public static partial void Visited(ILogger logger, Customer customer);
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, Customer customer)
                    {
                        Log.Seen(logger, {|#0:customer|});
                        Log.Visited(logger, customer);
                    }
                }
                """;
            string generated = """
                // <auto-generated/>
                #nullable enable
                public static partial class Log
                {
                    public static partial void Seen(global::Microsoft.Extensions.Logging.ILogger logger, global::Customer customer) { }
                    public static partial void Visited(global::Microsoft.Extensions.Logging.ILogger logger, global::Customer customer) { }
                }
                """;
            var test = new Verify.Test();
            test.TestState.Sources.Add(("Service.cs", source));
            test.TestState.Sources.Add(("Log.g.cs", generated));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("customer", "Log.Seen", " (it carries 'Customer.Email')"));
            await test.RunAsync();
        }

        /// <summary>A method of the project that logs what it reads from its argument receives the object's personal
        /// data whatever the object's text form: the call is reported (the text-form rule is for direct sinks).</summary>
        [Fact]
        public async Task ObjectBuiltFromPersonalData_PassedToAHelperThatLogsItsMembers_Reported()
        {
            string code = Customers + """

                public sealed class TicketRequest
                {
                    public string Subject { get; set; } = "";
                    public int Priority { get; set; }
                }

                public sealed class Tickets
                {
                    public void Open(ILogger logger, TicketRequest request) => logger.LogInformation("Opening for {Subject}", request.Subject);

                    public void Run(ILogger logger, Customer customer)
                    {
                        Open(logger, {|#0:new TicketRequest { Subject = customer.Email }|});
                        Open(logger, new TicketRequest { Priority = customer.Id });
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("new TicketRequest", "Tickets.Open → ILogger.LogInformation", " (built from 'Customer.Email')"));
        }

        [Fact]
        public async Task LoggerMessageExtensionOrInstanceMethod_TypeMarkedWhole_Reported()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                [PersonalData]
                public sealed class Patient
                {
                    public string Name { get; set; } = "";
                }

                public static partial class HospitalLog
                {
                    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Admitted {Patient}")]
                    public static partial void Admitted(this ILogger logger, Patient patient);
                }

                public sealed partial class Ward
                {
                    private readonly ILogger logger;

                    public Ward(ILogger logger) => this.logger = logger;

                    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Discharged {Patient}")]
                    private partial void Discharged(Patient patient);

                    public void Run(Patient patient)
                    {
                        logger.Admitted({|#0:patient|});
                        Discharged({|#1:patient|});
                    }
                }
                """;
            string generated = """
                // <auto-generated/>
                #nullable enable
                public static partial class HospitalLog
                {
                    public static partial void Admitted(this global::Microsoft.Extensions.Logging.ILogger logger, global::Patient patient) { }
                }

                public sealed partial class Ward
                {
                    private partial void Discharged(global::Patient patient) { }
                }
                """;
            var test = new Verify.Test();
            test.TestState.Sources.Add(("Ward.cs", source));
            test.TestState.Sources.Add(("Log.g.cs", generated));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("patient", "ILogger.Admitted", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("patient", "Ward.Discharged", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task GenericPipelineBehaviour_LogsRequestWhole_ReportedNamingTheInstantiation()
        {
            string code = """
                using System.Threading;
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;
                using MediatR;
                using Microsoft.Extensions.Logging;

                namespace MediatR
                {
                    public interface IBaseRequest { }
                    public interface IRequest<out TResponse> : IBaseRequest { }
                    public delegate Task<TResponse> RequestHandlerDelegate<TResponse>();
                    public interface IPipelineBehavior<in TRequest, TResponse> where TRequest : notnull
                    {
                        Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken);
                    }
                }

                public sealed record Ping(int Id) : IRequest<int>;

                public sealed record RegisterCustomer(string Plan, [property: PersonalData] string Email) : IRequest<int>;

                public sealed class LoggingBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse> where TRequest : notnull
                {
                    private readonly ILogger<LoggingBehavior<TRequest, TResponse>> logger;

                    public LoggingBehavior(ILogger<LoggingBehavior<TRequest, TResponse>> logger) => this.logger = logger;

                    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
                    {
                        logger.LogInformation("Handling {@Command}", {|#0:request|});
                        logger.LogInformation("Handling {Name}", typeof(TRequest).Name);
                        return await next();
                    }
                }

                public interface ICommand { }

                public sealed class Rename : ICommand
                {
                    public int Id { get; set; }
                }

                public sealed class CommandAudit<TCommand> where TCommand : ICommand
                {
                    public void Write(ILogger logger, TCommand command) => logger.LogInformation("{@Command}", command);
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("request", "ILogger.LogInformation", " (it carries 'RegisterCustomer.Email')"));
        }

        [Fact]
        public async Task ThisLogged_ReportedWhenItsToStringShowsPersonalData()
        {
            string code = Customers + """

                public sealed class Ticket
                {
                    [PersonalData] public string Requester { get; set; } = "";
                    public int Number { get; set; }
                    public override string ToString() => Number + " from " + Requester;
                    public void Opened(ILogger logger) => logger.LogInformation("Opened {Ticket}", {|#0:this|});
                }

                public sealed class Order
                {
                    [PersonalData] public string Buyer { get; set; } = "";
                    public int Number { get; set; }
                    public override string ToString() => "order " + Number;
                    public void Placed(ILogger logger) => logger.LogInformation("Placed {Order}", this);
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("this", "ILogger.LogInformation", " (it carries 'Ticket.Requester')"));
        }

        [Fact]
        public async Task Credentials_OnlyWhereTheTextOrTheDestructuredObjectShowsTheSecret()
        {
            string code = """
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Extensions.Logging;

                public sealed class Member : IdentityUser { }

                public sealed record SmtpAccount(string Host, string Password);

                public sealed class ApiClient
                {
                    public string BaseUrl { get; set; } = "";
                    public string ApiKey { get; set; } = "";
                    public override string ToString() => BaseUrl;
                }

                public sealed class LeakyClient
                {
                    public string ApiKey { get; set; } = "";
                    public override string ToString() => "client " + ApiKey;
                    public void Created(ILogger logger) => logger.LogInformation("Created {Client}", {|#0:this|});
                }

                public sealed class Audit
                {
                    public void Run(ILogger logger, Member member, SmtpAccount account, ApiClient client)
                    {
                        logger.LogInformation("{User}", member);
                        logger.LogInformation("{Client}", client);
                        logger.LogInformation("{@User}", {|#1:member|});
                        logger.LogInformation("{Account}", {|#2:account|});
                    }
                }
                """;
            await VerifyCredential.VerifyAnalyzerAsync(
                code,
                VerifyCredential.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("this", "ILogger.LogInformation", " (it carries 'LeakyClient.ApiKey')"),
                VerifyCredential.Diagnostic(RuleIds.CredentialLogged).WithLocation(1).WithArguments("member", "ILogger.LogInformation", " (it carries 'IdentityUser.PasswordHash')"),
                VerifyCredential.Diagnostic(RuleIds.CredentialLogged).WithLocation(2).WithArguments("account", "ILogger.LogInformation", " (it carries 'SmtpAccount.Password')"));
        }

        [Fact]
        public async Task LogModelBuiltByTheProjectsConstructor_HoldsOnlyWhatTheConstructorKeeps()
        {
            string code = """
                using Microsoft.Extensions.Logging;

                public sealed class TokenRequest
                {
                    public string ClientId { get; set; } = "";
                    public string ClientSecret { get; set; } = "";
                    public string RefreshToken { get; set; } = "";
                }

                internal static class Masking
                {
                    public static string Obfuscate(this string value) => value.Length > 4 ? "****" + value.Substring(value.Length - 4) : "****";
                }

                public sealed class TokenRequestLog
                {
                    public TokenRequestLog(TokenRequest request)
                    {
                        ClientId = request.ClientId;
                        RefreshToken = request.RefreshToken.Obfuscate();
                    }

                    public string ClientId { get; }
                    public string RefreshToken { get; }
                }

                public sealed class IdsOnlyLog
                {
                    public IdsOnlyLog(TokenRequest request) => ClientId = request.ClientId;
                    public string ClientId { get; }
                    public string RefreshToken { get; set; } = "";
                }

                public sealed class LeakyTokenRequestLog
                {
                    public LeakyTokenRequestLog(TokenRequest request)
                    {
                        ClientId = request.ClientId;
                        RefreshToken = request.RefreshToken;
                    }

                    public string ClientId { get; }
                    public string RefreshToken { get; }
                }

                public sealed class RequestEnvelope
                {
                    public RequestEnvelope(TokenRequest request) => Request = request;
                    public TokenRequest Request { get; }
                }

                public sealed class RevocationResult
                {
                    public string Token { get; set; } = "";
                    public bool IsError { get; set; }
                }

                public sealed class Validator
                {
                    public void Validate(ILogger logger, TokenRequest request)
                    {
                        var details = new TokenRequestLog(request);
                        logger.LogInformation("{@Details}", details);
                        var result = new RevocationResult { Token = request.RefreshToken };
                        logger.LogInformation("Result {Result}", result);
                        logger.LogInformation("Result {@Result}", {|#2:result|});
                        logger.LogInformation("{@Details}", new TokenRequestLog(request));
                        logger.LogInformation("{@Details}", new IdsOnlyLog(request));
                        logger.LogInformation("{@Details}", {|#0:new LeakyTokenRequestLog(request)|});
                        logger.LogInformation("{@Details}", {|#1:new RequestEnvelope(request)|});
                    }
                }
                """;
            await VerifyCredential.VerifyAnalyzerAsync(
                code,
                VerifyCredential.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("new LeakyTokenRequestLog", "ILogger.LogInformation", " (built from 'request')"),
                VerifyCredential.Diagnostic(RuleIds.CredentialLogged).WithLocation(1).WithArguments("new RequestEnvelope", "ILogger.LogInformation", " (built from 'request')"),
                VerifyCredential.Diagnostic(RuleIds.CredentialLogged).WithLocation(2).WithArguments("result", "ILogger.LogInformation", " (built from 'TokenRequest.RefreshToken')"));
        }

        [Fact]
        public async Task IdentityUserByItsTextForm_PersonalData_ItPrintsTheUserName_TheMessageNamesAMarkedMember()
        {
            string code = """
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Extensions.Logging;

                public sealed class Member : IdentityUser { }

                public sealed class Audit
                {
                    public void Run(ILogger logger, Member member) => logger.LogInformation("{User}", {|#0:member|});
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("member", "ILogger.LogInformation", " (it carries 'IdentityUser.Id')"));
        }

        [Fact]
        public async Task ResultOfTheProjectsMethod_NamesWhereItsPersonalDataComesFrom()
        {
            string code = """
                using System;
                using GdprAnalyzers.Annotations;

                public sealed class ChatMessage
                {
                    [PersonalData] public string Text { get; set; } = "";
                }

                public sealed class Bot
                {
                    private readonly ChatMessage last = new();

                    public string Echo()
                    {
                        string answer = "You said: " + last.Text;
                        return answer;
                    }
                }

                public static class Program
                {
                    public static void Main() => Console.WriteLine({|#0:new Bot().Echo()|});
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("Bot.Echo()", "Console.WriteLine", " (from 'ChatMessage.Text')"));
        }
    }
}
