using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>One call that sends data to a recipient: what is sent and through which client.</summary>
    internal readonly struct Transfer
    {
        public Transfer(string sinkName, IOperation? client, List<IOperation> values)
        {
            SinkName = sinkName;
            Client = client;
            Values = values;
        }

        /// <summary>The sink's name in messages: <c>IChatClient.GetResponseAsync</c>, <c>HttpClient.PostAsync</c>.</summary>
        public string SinkName { get; }

        /// <summary>The client the call is made on (the receiver, or an extension method's first argument); null for a
        /// static call.</summary>
        public IOperation? Client { get; }

        /// <summary>The values that leave the application (never the client itself, a cancellation token, or an e-mail's
        /// addresses).</summary>
        public List<IOperation> Values { get; }
    }

    /// <summary>
    /// Where personal data leaves the application for a recipient (GDPR011; Art. 4(9), 28, 44-49): calls whose arguments
    /// are sent over the network to another organisation, modelled on each library's documented behaviour.
    /// <list type="bullet">
    /// <item>Model vendors: Microsoft.Extensions.AI <c>IChatClient.GetResponseAsync</c>/<c>GetStreamingResponseAsync</c>
    /// (and the extension methods of the same names) and <c>IEmbeddingGenerator.GenerateAsync</c> (and
    /// <c>GenerateEmbeddingAsync</c>, <c>GenerateVectorAsync</c>); the OpenAI SDK's chat, embedding, assistant, response
    /// and audio clients; Azure OpenAI's 1.x <c>OpenAIClient</c> (2.x returns the OpenAI SDK's clients); Semantic Kernel's
    /// <c>IChatCompletionService</c> and <c>Kernel.InvokePromptAsync</c>. Every argument is sent, except a cancellation
    /// token.</item>
    /// <item><c>HttpClient</c>: <c>PostAsync</c>, <c>PutAsync</c>, <c>PatchAsync</c>, <c>SendAsync</c>/<c>Send</c> and
    /// the <c>*AsJsonAsync</c> extensions send their content and URL; <c>GetAsync</c>, <c>GetStringAsync</c>,
    /// <c>GetFromJsonAsync</c>, <c>DeleteAsync</c> and the other reads send their URL.</item>
    /// <item>E-mail: <c>System.Net.Mail.SmtpClient</c> and MailKit's <c>SmtpClient</c> <c>Send</c>/<c>SendAsync</c>/
    /// <c>SendMailAsync</c>. What is sent is the subject and the body: the <c>subject</c> and <c>body</c> arguments, and,
    /// in the sending method, the <c>Subject</c>, <c>Body</c>, <c>TextBody</c>, <c>HtmlBody</c> and <c>Text</c> set on
    /// System.Net.Mail's and MimeKit's message types and the <c>subject</c>/<c>body</c> arguments of a
    /// <c>MailMessage</c>'s constructor. The addresses are needed to send and are not a transfer of the data. A message
    /// composed in another method than the one that sends is not seen.</item>
    /// <item>A method the models file declares a <c>transfer-sink</c>: every argument.</item>
    /// </list>
    /// Thread-safe; one per compilation.
    /// </summary>
    internal sealed class TransferSinkModel
    {
        /// <summary>Types whose listed methods send every argument, by namespace and type name.</summary>
        private static readonly Dictionary<string, string[]> ModelVendorMethods = new(StringComparer.Ordinal)
        {
            ["Microsoft.Extensions.AI.IChatClient"] = new[] { "GetResponseAsync", "GetStreamingResponseAsync" },
            ["Microsoft.Extensions.AI.ChatClientExtensions"] = new[] { "GetResponseAsync", "GetStreamingResponseAsync" },
            ["Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions"] = new[] { "GetResponseAsync" },
            ["Microsoft.Extensions.AI.IEmbeddingGenerator"] = new[] { "GenerateAsync" },
            ["Microsoft.Extensions.AI.EmbeddingGeneratorExtensions"] = new[] { "GenerateAsync", "GenerateEmbeddingAsync", "GenerateVectorAsync", "GenerateAndZipAsync" },
            ["OpenAI.Chat.ChatClient"] = new[] { "CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync" },
            ["OpenAI.Embeddings.EmbeddingClient"] = new[] { "GenerateEmbedding", "GenerateEmbeddingAsync", "GenerateEmbeddings", "GenerateEmbeddingsAsync" },
            ["OpenAI.Assistants.AssistantClient"] = new[] { "CreateMessage", "CreateMessageAsync", "CreateThread", "CreateThreadAsync", "CreateThreadAndRun", "CreateThreadAndRunAsync", "CreateRun", "CreateRunAsync" },
            ["OpenAI.Responses.OpenAIResponseClient"] = new[] { "CreateResponse", "CreateResponseAsync", "CreateResponseStreaming", "CreateResponseStreamingAsync" },
            ["OpenAI.Audio.AudioClient"] = new[] { "TranscribeAudio", "TranscribeAudioAsync", "TranslateAudio", "TranslateAudioAsync", "GenerateSpeech", "GenerateSpeechAsync" },
            ["Azure.AI.OpenAI.OpenAIClient"] = new[] { "GetChatCompletions", "GetChatCompletionsAsync", "GetChatCompletionsStreaming", "GetChatCompletionsStreamingAsync", "GetCompletions", "GetCompletionsAsync", "GetEmbeddings", "GetEmbeddingsAsync" },
            ["Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService"] = new[] { "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync" },
            ["Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions"] = new[] { "GetChatMessageContentAsync", "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync" },
            ["Microsoft.SemanticKernel.Kernel"] = new[] { "InvokePromptAsync", "InvokePromptStreamingAsync" },
            ["Microsoft.SemanticKernel.KernelExtensions"] = new[] { "InvokePromptAsync", "InvokePromptStreamingAsync" },
        };

        /// <summary><c>HttpClient</c>'s methods that send a content (and a URL).</summary>
        private static readonly HashSet<string> HttpSends = new(StringComparer.Ordinal)
        {
            "PostAsync", "PutAsync", "PatchAsync", "SendAsync", "Send",
            "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync",
        };

        /// <summary><c>HttpClient</c>'s methods that send a URL only.</summary>
        private static readonly HashSet<string> HttpReads = new(StringComparer.Ordinal)
        {
            "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "DeleteAsync", "GetFromJsonAsync",
            "GetFromJsonAsAsyncEnumerable", "DeleteFromJsonAsync",
        };

        /// <summary>Every method name the tables above know, and the e-mail clients' sends.</summary>
        private static readonly HashSet<string> SinkMethodNames = AllSinkMethodNames();

        private static HashSet<string> AllSinkMethodNames()
        {
            var names = new HashSet<string>(HttpSends, StringComparer.Ordinal) { "SendMailAsync" };
            names.UnionWith(HttpReads);
            foreach (string[] methods in ModelVendorMethods.Values)
            {
                names.UnionWith(methods);
            }

            return names;
        }

        /// <summary>Members of e-mail message types whose value is sent as the subject or body.</summary>
        private static readonly HashSet<string> MailContentMembers = new(StringComparer.Ordinal) { "Subject", "Body", "TextBody", "HtmlBody", "Text" };

        private readonly UserModels user;

        public TransferSinkModel(KnownSymbols known)
        {
            user = known.User;
        }

        /// <summary>The transfer <paramref name="invocation"/> makes, or null when it sends nothing to a recipient.</summary>
        public Transfer? TransferOf(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.ContainingType is not { } type)
            {
                return null;
            }

            if (user.IsTransferSink(method))
            {
                return new Transfer(type.Name + "." + method.Name, invocation.Instance, AllArguments(invocation, skipClient: false));
            }

            if (!SinkMethodNames.Contains(method.Name))
            {
                return null; // Most calls: decided by name, before the namespace is formatted.
            }

            string? ns = type.ContainingNamespace?.ToDisplayString();
            if (ns is null)
            {
                return null;
            }

            if (ns is "System.Net.Http" or "System.Net.Http.Json" && type.Name is "HttpClient" or "HttpMessageInvoker" or "HttpClientJsonExtensions")
            {
                return HttpTransfer(invocation, type);
            }

            if (method.Name is "Send" or "SendAsync" or "SendMailAsync" && type.Name == "SmtpClient" && ns is "System.Net.Mail" or "MailKit.Net.Smtp"
                || method.Name is "Send" or "SendAsync" && type.Name is "SmtpClient" or "MailTransport" or "IMailTransport" && ns is "MailKit.Net.Smtp" or "MailKit")
            {
                return MailTransfer(invocation, type);
            }

            if (ModelVendorMethods.TryGetValue(ns + "." + type.MetadataName.Split('`')[0], out string[]? names) && Array.IndexOf(names, method.Name) >= 0
                || IsModelVendorImplementation(method, type))
            {
                return new Transfer(ClientName(type) + "." + method.Name, Client(invocation), AllArguments(invocation, skipClient: true));
            }

            return null;
        }

        /// <summary>A method of a class that implements a model vendor's interface (a project's own <c>IChatClient</c>
        /// decorator is called like the interface).</summary>
        private static bool IsModelVendorImplementation(IMethodSymbol method, INamedTypeSymbol type)
        {
            if (method.IsStatic || type.TypeKind != TypeKind.Class)
            {
                return false;
            }

            foreach (INamedTypeSymbol contract in type.AllInterfaces)
            {
                if (contract.Name is "IChatClient" or "IEmbeddingGenerator" or "IChatCompletionService"
                    && ModelVendorMethods.TryGetValue(contract.ContainingNamespace.ToDisplayString() + "." + contract.Name, out string[]? names)
                    && Array.IndexOf(names, method.Name) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static string ClientName(INamedTypeSymbol type) =>
            type.Name.EndsWith("Extensions", StringComparison.Ordinal) ? type.Name.Substring(0, type.Name.Length - "Extensions".Length) switch
            {
                "ChatClient" or "ChatClientStructuredOutput" => "IChatClient",
                "EmbeddingGenerator" => "IEmbeddingGenerator",
                "ChatCompletionService" => "IChatCompletionService",
                "Kernel" => "Kernel",
                { } other => other,
            }
            : type.Name;

        private static IOperation? Client(IInvocationOperation invocation) =>
            invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

        private static List<IOperation> AllArguments(IInvocationOperation invocation, bool skipClient)
        {
            var values = new List<IOperation>(invocation.Arguments.Length);
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter
                    && (PropagationModel.CarriesNoData(parameter) || (skipClient && invocation.TargetMethod.IsExtensionMethod && parameter.Ordinal == 0)))
                {
                    continue;
                }

                if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    values.Add(argument.Value);
                }
            }

            return values;
        }

        private static Transfer? HttpTransfer(IInvocationOperation invocation, INamedTypeSymbol type)
        {
            string name = invocation.TargetMethod.Name;
            bool sends = HttpSends.Contains(name);
            if (!sends && !HttpReads.Contains(name))
            {
                return null;
            }

            var values = new List<IOperation>(2);
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                bool isUrl = parameter.Name == "requestUri";
                bool isContent = sends && parameter.Name is "content" or "value" or "request";
                if (isUrl || isContent)
                {
                    values.Add(argument.Value);
                }
            }

            return values.Count == 0 ? null : new Transfer("HttpClient." + name, Client(invocation), values);
        }

        /// <summary>An e-mail sent: the subject and body given to the call, and those set in the code of the method that
        /// sends (the root of <paramref name="invocation"/>'s operation tree).</summary>
        private static Transfer? MailTransfer(IInvocationOperation invocation, INamedTypeSymbol type)
        {
            IOperation body = invocation;
            while (body.Parent != null)
            {
                body = body.Parent;
            }

            var values = new List<IOperation>(2);
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name is "subject" or "body" && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    values.Add(argument.Value);
                }
            }

            {
                int bound = 0;
                foreach (IOperation operation in body.DescendantsAndSelf())
                {
                    if (++bound > 20_000)
                    {
                        break; // A generated method of this size composes no e-mail worth the walk.
                    }

                    switch (operation)
                    {
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } assignment
                            when MailContentMembers.Contains(property.Name) && IsMailType(property.ContainingType):
                            values.Add(assignment.Value);
                            break;
                        case IObjectCreationOperation { Constructor: { } constructor } creation when IsMailType(constructor.ContainingType):
                            foreach (IArgumentOperation argument in creation.Arguments)
                            {
                                if (argument.Parameter?.Name is "subject" or "body" && argument.ArgumentKind != ArgumentKind.DefaultValue)
                                {
                                    values.Add(argument.Value);
                                }
                            }

                            break;
                    }
                }
            }

            // A body set to a part whose text is set in the same statement (Body = new TextPart { Text = ... }) is one value.
            values.RemoveAll(outer => values.Exists(inner => !ReferenceEquals(inner, outer) && outer.Syntax.Span.Contains(inner.Syntax.Span)));
            return values.Count == 0 ? null : new Transfer(type.Name + "." + invocation.TargetMethod.Name, Client(invocation), values);
        }

        /// <summary>Whether <paramref name="type"/> is an e-mail message or part of one: System.Net.Mail's
        /// <c>MailMessage</c>, MimeKit's <c>MimeMessage</c>, <c>TextPart</c> and <c>BodyBuilder</c>.</summary>
        private static bool IsMailType(INamedTypeSymbol? type) =>
            type is { Name: "MailMessage" or "MimeMessage" or "TextPart" or "BodyBuilder" }
            && type.ContainingNamespace?.ToDisplayString() is "System.Net.Mail" or "MimeKit";
    }
}
