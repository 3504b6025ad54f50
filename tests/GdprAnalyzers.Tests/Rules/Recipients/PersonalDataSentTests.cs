using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataSentAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR011: personal data sent to a model vendor, a web API or an e-mail service without a declared recipient,
    /// and declared recipients outside the EEA without a ground for the transfer.</summary>
    public sealed class PersonalDataSentTests
    {
        private const string Customer = """
            public sealed class Customer
            {
                [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
                [PersonalData] public string Name { get; set; } = "";
                public string Plan { get; set; } = "";
            }
            """;

        /// <summary>The members of the OpenAI SDK and MailKit these tests call, by their real names: the packages' own
        /// dependencies do not resolve beside the other test references for .NET 8.</summary>
        private const string VendorStandIns = """
            namespace OpenAI.Chat
            {
                public class ChatMessage { }
                public sealed class UserChatMessage : ChatMessage { public UserChatMessage(string content) { } }
                public class ChatClient
                {
                    public virtual System.Threading.Tasks.Task<object> CompleteChatAsync(params ChatMessage[] messages) => null!;
                }
            }

            namespace MimeKit
            {
                public abstract class MimeEntity { }
                public sealed class TextPart : MimeEntity { public TextPart(string subtype) { } public string Text { get; set; } = ""; }
                public sealed class MailboxAddress { public static MailboxAddress Parse(string text) => new(); }
                public sealed class InternetAddressList : System.Collections.Generic.List<MailboxAddress> { }
                public sealed class MimeMessage
                {
                    public InternetAddressList To { get; } = new();
                    public string Subject { get; set; } = "";
                    public MimeEntity? Body { get; set; }
                }
            }

            namespace MailKit.Net.Smtp
            {
                public class SmtpClient
                {
                    public virtual System.Threading.Tasks.Task<string> SendAsync(MimeKit.MimeMessage message, System.Threading.CancellationToken cancellationToken = default) => null!;
                }
            }
            """;

        private static DiagnosticResult Undeclared(int location, string name, string sink, string provenance = "") =>
            Verify.Diagnostic().WithLocation(location).WithArguments(name, $"is personal data{provenance} sent to '{sink}' without a declared recipient");

        private static DiagnosticResult Problem(int location, string recipient, string problem) =>
            Verify.Diagnostic().WithLocation(location).WithArguments(recipient, problem);

        private static Task RunAsync(string source, string? models, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = source + "\n" + Customer + "\n" + VendorStandIns, ReferenceAssemblies = Verifiers.TestReferences.Net80WithPackages };
            if (models != null)
            {
                test.TestState.AdditionalFiles.Add(("/GdprAnalyzers.Models.txt", models));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        private static string ChatBot(string attribute) => $$"""
            using System.Threading.Tasks;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.AI;

            public sealed class SupportBot
            {
                {{attribute}}
                private readonly IChatClient chat;

                public SupportBot(IChatClient chat) => this.chat = chat;

                public Task<ChatResponse> AnswerAsync([PersonalData] string message, Customer customer) =>
                    chat.GetResponseAsync({|#0:message|});

                public Task<ChatResponse> GreetAsync(Customer customer) =>
                    chat.GetResponseAsync("Greet " + {|#1:customer.Name|} + ", who is on the " + customer.Plan + " plan");

                public Task<ChatResponse> SummariseAsync() => chat.GetResponseAsync("Summarise the release notes");
            }
            """;

        [Fact]
        public async Task ChatClient_UserMessageAndBuiltPrompt_WithoutRecipient_ReportedAtEachValue()
        {
            await RunAsync(ChatBot(string.Empty), null,
                Undeclared(0, "message", "IChatClient.GetResponseAsync"),
                Undeclared(1, "Customer.Name", "IChatClient.GetResponseAsync"));
        }

        [Fact]
        public async Task ChatClient_RecipientOnTheField_NotReported()
        {
            string source = ChatBot("""[Recipient("OpenAI", Role = RecipientRole.Processor, Country = "US", Mechanism = TransferMechanism.StandardContractualClauses)]""");
            await RunAsync(source.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("|}", string.Empty), null);
        }

        [Fact]
        public async Task ChatClient_PlaceholderRecipient_ReportedAsPlaceholder()
        {
            string source = ChatBot("""[Recipient("TODO")]""");
            await RunAsync(source, null,
                Verify.Diagnostic().WithLocation(0).WithArguments("message", "is personal data sent to 'IChatClient.GetResponseAsync', whose recipient 'TODO' is a placeholder"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Name", "is personal data sent to 'IChatClient.GetResponseAsync', whose recipient 'TODO' is a placeholder"));
        }

        [Fact]
        public async Task ChatMessages_BuiltFromPersonalData_Reported_RecipientOnMethodOrTypeCounts()
        {
            const string Source = """
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.AI;

                public sealed class Assistant(IChatClient chat)
                {
                    public Task<ChatResponse> AskAsync(Customer customer, string question)
                    {
                        var messages = new List<ChatMessage>
                        {
                            new ChatMessage(ChatRole.System, "You answer questions about orders."),
                            new ChatMessage(ChatRole.User, $"I am {customer.Email}. {question}"),
                        };
                        return chat.GetResponseAsync({|#0:messages|});
                    }

                    [Recipient("Azure OpenAI", Role = RecipientRole.Processor, Country = "SE")]
                    public Task<ChatResponse> AskDeclaredAsync(Customer customer) =>
                        chat.GetResponseAsync(new[] { new ChatMessage(ChatRole.User, customer.Email) });
                }

                [Recipient("Azure OpenAI", Role = RecipientRole.Processor, Country = "SE")]
                public sealed class DeclaredAssistant(IChatClient chat)
                {
                    public Task<ChatResponse> AskAsync(Customer customer) => chat.GetResponseAsync(customer.Email);
                }
                """;
            await RunAsync(Source, null, Undeclared(0, "messages", "IChatClient.GetResponseAsync", " (built from 'new ChatMessage')"));
        }

        [Fact]
        public async Task OpenAiChatClient_UserChatMessage_Reported()
        {
            const string Source = """
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;
                using OpenAI.Chat;

                public sealed class Drafts(ChatClient client)
                {
                    public Task DraftAsync(Customer customer) =>
                        client.CompleteChatAsync({|#0:new UserChatMessage("Write to " + customer.Name)|});
                }
                """;
            await RunAsync(Source, null, Undeclared(0, "new UserChatMessage", "ChatClient.CompleteChatAsync", " (built from 'Customer.Name')"));
        }

        [Fact]
        public async Task HttpClient_JsonBodyAndUrl_Reported_ReadsOfPlainValuesNot()
        {
            const string Source = """
                using System.Net.Http;
                using System.Net.Http.Json;
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;

                public sealed class CrmClient(HttpClient http)
                {
                    public Task PushAsync([PersonalData] Customer customer) => http.PostAsJsonAsync("contacts", {|#0:customer|});

                    public Task FindAsync(Customer customer) => http.GetAsync("contacts?email=" + {|#1:customer.Email|});

                    public Task PlansAsync(Customer customer) => http.GetAsync("plans/" + customer.Plan);

                    public Task SendAsync(Customer customer) =>
                        http.PostAsync("notes", {|#2:new StringContent(customer.Name)|});
                }
                """;
            await RunAsync(Source, null,
                Undeclared(0, "customer", "HttpClient.PostAsJsonAsync"),
                Undeclared(1, "Customer.Email", "HttpClient.GetAsync"),
                Undeclared(2, "new StringContent", "HttpClient.PostAsync", " (built from 'Customer.Name')"));
        }

        [Fact]
        public async Task Email_SubjectAndBodySent_AddressesNot()
        {
            const string Source = """
                using System.Net.Mail;
                using GdprAnalyzers.Annotations;

                public sealed class Transcripts(SmtpClient smtp)
                {
                    public void Send(Customer customer, [PersonalData] string transcript)
                    {
                        var message = new MailMessage("support@example.com", customer.Email);
                        message.Subject = "Your conversation, " + {|#0:customer.Name|};
                        message.Body = {|#1:transcript|};
                        smtp.Send(message);
                    }

                    public void Notify(Customer customer) =>
                        smtp.Send("support@example.com", customer.Email, "Your ticket", "We answered your ticket.");
                }
                """;
            await RunAsync(Source, null,
                Undeclared(0, "Customer.Name", "SmtpClient.Send"),
                Undeclared(1, "transcript", "SmtpClient.Send"));
        }

        [Fact]
        public async Task MailKit_BodyBuilt_Reported()
        {
            const string Source = """
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;
                using MailKit.Net.Smtp;
                using MimeKit;

                public sealed class Mailer(SmtpClient smtp)
                {
                    public Task SendAsync(Customer customer)
                    {
                        var message = new MimeMessage();
                        message.To.Add(MailboxAddress.Parse(customer.Email));
                        message.Subject = "Welcome";
                        message.Body = new TextPart("plain") { Text = "Hello " + {|#0:customer.Name|} };
                        return smtp.SendAsync(message);
                    }
                }
                """;
            await RunAsync(Source, null, Undeclared(0, "Customer.Name", "SmtpClient.SendAsync"));
        }

        [Fact]
        public async Task ModelsFile_RecipientForClientTypeAndNamedClient_NotReported_TransferSinkReported()
        {
            const string Source = """
                using System.Net.Http;
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;
                using OpenAI.Chat;

                public sealed class Services(ChatClient client, IHttpClientFactory factory)
                {
                    public Task DraftAsync(Customer customer) => client.CompleteChatAsync(new UserChatMessage(customer.Name));

                    public Task PushAsync(Customer customer)
                    {
                        var crm = factory.CreateClient("crm");
                        return crm.PostAsync("contacts", new StringContent(customer.Email));
                    }

                    public void Track(Customer customer) => Vendor.Track({|#0:customer.Email|});
                }

                public static class Vendor
                {
                    public static void Track(string value) { }
                }

                namespace System.Net.Http
                {
                    public interface IHttpClientFactory { HttpClient CreateClient(string name); }
                }
                """;
            const string Models = """
                recipient T:OpenAI.Chat.ChatClient name=OpenAI role=Processor country=US mechanism=StandardContractualClauses
                recipient http-client:crm name="Contoso CRM" role=Processor country=DE   # our CRM, hosted in Frankfurt
                transfer-sink M:Vendor.Track(System.String)
                """;
            await RunAsync(Source, Models, Undeclared(0, "Customer.Email", "Vendor.Track"));
        }

        [Fact]
        public async Task ModelsFile_RecipientOutsideEeaWithoutMechanism_ReportedAtTheLine()
        {
            const string Source = """
                using System.Threading.Tasks;
                using OpenAI.Chat;

                public sealed class Drafts(ChatClient client)
                {
                    public Task DraftAsync(Customer customer) => client.CompleteChatAsync(new UserChatMessage(customer.Name));
                }
                """;
            var test = new Verify.Test { TestCode = Source.Replace("using OpenAI.Chat;", "using OpenAI.Chat;\nusing GdprAnalyzers.Annotations;") + "\n" + Customer + "\n" + VendorStandIns, ReferenceAssemblies = Verifiers.TestReferences.Net80WithPackages };
            test.TestState.AdditionalFiles.Add(("/GdprAnalyzers.Models.txt", "recipient T:OpenAI.Chat.ChatClient name=OpenAI country=US\n"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan("/GdprAnalyzers.Models.txt", 1, 1, 1, 58).WithArguments(
                "OpenAI", "is in 'US', whose adequacy decision covers only certified organisations, and no transfer mechanism is declared"));
            await test.RunAsync(CancellationToken.None);
        }

        [Theory]
        [InlineData("Country = \"CN\"", "is in 'CN', outside the EEA without an adequacy decision, and no transfer mechanism is declared")]
        [InlineData("Country = \"US\"", "is in 'US', whose adequacy decision covers only certified organisations, and no transfer mechanism is declared")]
        [InlineData("Country = \"IN\", Mechanism = TransferMechanism.AdequacyDecision", "declares an adequacy decision for 'IN', which has none (as of 2025-12-31)")]
        [InlineData("Country = \"US\", Mechanism = TransferMechanism.Derogation", "rests on a derogation (Art. 49) without a stated Reason")]
        [InlineData("Country = \"UK\"", "names the country 'UK', which is not an ISO 3166-1 alpha-2 code (write GB)")]
        public async Task Recipient_TransferWithoutGround_ReportedAtTheAttribute(string settings, string problem)
        {
            string source = $$"""
                using GdprAnalyzers.Annotations;

                public sealed class Partner
                {
                    [{|#0:Recipient("Partner", {{settings}})|}]
                    public void Send(string text) { }
                }
                """;
            await RunAsync(source, null, Problem(0, "Partner", problem));
        }

        [Theory]
        [InlineData("Country = \"CH\"")]
        [InlineData("Country = \"ie\"")]
        [InlineData("Country = \"US\", Mechanism = TransferMechanism.AdequacyDecision")]
        [InlineData("Country = \"CN\", Mechanism = TransferMechanism.StandardContractualClauses")]
        [InlineData("Country = \"CN\", Mechanism = TransferMechanism.Derogation, Reason = \"explicit consent asked in the chat\"")]
        [InlineData("Role = RecipientRole.Processor")]
        public async Task Recipient_TransferWithGroundOrNoCountry_NotReported(string settings)
        {
            string source = $$"""
                using GdprAnalyzers.Annotations;

                public sealed class Partner
                {
                    public void Send([Recipient("Partner", {{settings}})] object client) { }
                }
                """;
            await RunAsync(source, null);
        }

        [Fact]
        public async Task Recipient_OnAParameter_ProblemReportedThere()
        {
            const string Source = """
                using GdprAnalyzers.Annotations;

                public sealed class Partner
                {
                    public void Send([{|#0:Recipient("Partner", Country = "BR")|}] object client) { }
                }
                """;
            await RunAsync(Source, null, Problem(0, "Partner", "is in 'BR', outside the EEA without an adequacy decision, and no transfer mechanism is declared"));
        }

        [Fact]
        public async Task SemanticKernel_ChatHistoryWithUserMessage_Reported()
        {
            const string Source = """
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;
                using Microsoft.SemanticKernel.ChatCompletion;

                public sealed class Bot(IChatCompletionService completion)
                {
                    public Task AskAsync(Customer customer)
                    {
                        var history = new ChatHistory();
                        history.AddUserMessage("My address is " + customer.Email);
                        return completion.GetChatMessageContentsAsync({|#0:history|});
                    }
                }

                namespace Microsoft.SemanticKernel.ChatCompletion
                {
                    public sealed class ChatHistory : System.Collections.Generic.List<object>
                    {
                        public void AddUserMessage(string content) => Add(content);
                    }

                    public interface IChatCompletionService
                    {
                        Task<object> GetChatMessageContentsAsync(ChatHistory chatHistory, object? settings = null, object? kernel = null, System.Threading.CancellationToken cancellationToken = default);
                    }
                }
                """;
            await RunAsync(Source, null, Undeclared(0, "history", "IChatCompletionService.GetChatMessageContentsAsync", " (from 'Customer.Email')"));
        }

        [Fact]
        public async Task BrokenCode_NoException()
        {
            const string Source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.AI;

                public sealed class Broken(IChatClient chat)
                {
                    [{|CS7036:Recipient()|}]
                    public void Send(Customer customer) => chat.GetResponseAsync(customer.{|CS1061:Missing|});

                    [Recipient("X", Country = {|CS0029:42|})]
                    public void Other() { }
                }
                """;
            await RunAsync(Source, null);
        }
    }
}
