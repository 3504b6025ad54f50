using System;
using System.Collections.Generic;
using System.Net.Mail;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.AI;

namespace SupportChatbot
{
    /// <summary>
    /// Hands a conversation over: a language model summarises the ticket for the agent who calls the customer back, and
    /// the transcript is e-mailed to the customer. Both send personal data out of the application to a recipient: the
    /// model vendor and the mail service.
    /// </summary>
    /// <remarks>
    /// The lines marked <c>// GDPR011</c> send personal data to a recipient nobody declared. Who receives it, in which
    /// country and on what ground, is the controller's knowledge: a person declares it with <c>[Recipient(...)]</c> on the
    /// client's field (GDPR011's fix offers the place, a recipient declared elsewhere, or a placeholder), and
    /// <c>dotnet format</c> never does. In this sample the model is <see cref="LocalSummaryModel"/> and the mail goes to a
    /// pickup folder: nothing leaves the machine.
    /// </remarks>
    public sealed class Handover
    {
        private readonly IChatClient summaries;
        private readonly SmtpClient mail;

        public Handover(IChatClient summaries, SmtpClient mail)
        {
            this.summaries = summaries;
            this.mail = mail;
        }

        /// <summary>A summary of the ticket for the agent who calls the customer back.</summary>
        [return: PersonalData]
        public string Summarise(SupportTicket ticket, Customer customer)
        {
            ChatResponse response = summaries.GetResponseAsync($"Summarise ticket {ticket.Id} on {ticket.Topic} for the agent who calls {customer.Name} back.").GetAwaiter().GetResult(); // GDPR011
            return response.Text;
        }

        /// <summary>E-mails the conversation to the customer. The address is needed to send it; the body is the data sent.</summary>
        public void EmailTranscript(Customer customer, SupportTicket ticket, IReadOnlyList<string> turns)
        {
            using var message = new MailMessage("support@example.com", customer.Email);
            message.Subject = $"Your support ticket {ticket.Id}";
            message.Body = $"Dear {customer.Name},{Environment.NewLine}{Environment.NewLine}your conversation with our assistant:{Environment.NewLine}{string.Join(Environment.NewLine, turns)}"; // GDPR011
            mail.Send(message);
        }
    }

    /// <summary>
    /// A stand-in for a model vendor's chat client (Microsoft.Extensions.AI's <see cref="IChatClient"/>), answering on the
    /// machine: it counts the words it is sent. A real application registers its vendor's client instead.
    /// </summary>
    public sealed class LocalSummaryModel : IChatClient
    {
        /// <inheritdoc/>
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            int words = 0;
            foreach (ChatMessage message in messages)
            {
                words += message.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            }

            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, $"A request of {words} words; call the customer back.")));
        }

        /// <inheritdoc/>
        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ChatResponse response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            yield return new ChatResponseUpdate(ChatRole.Assistant, response.Text);
        }

        /// <inheritdoc/>
        public object? GetService(Type serviceType, object? serviceKey = null) => serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

        /// <inheritdoc/>
        public void Dispose()
        {
        }
    }
}
