// benchmark: leak GDPR004
// The phone number is added to the message list after it is created.
using System.Collections.Generic;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.AI;

public sealed class ContractBot
{
    [AutomatedDecision]
    public async Task<bool> RenewAsync(IChatClient chat, Customer customer)
    {
        var messages = new List<ChatMessage>();
        messages.Add(new ChatMessage(ChatRole.System, "Decide whether the contract is renewed."));
        messages.Add(new ChatMessage(ChatRole.User, "Customer phone: " + customer.Phone));
        ChatResponse answer = await chat.GetResponseAsync(messages); // expected
        return answer.Text.StartsWith("renew");
    }
}
