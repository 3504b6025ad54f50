// benchmark: safe GDPR004
// Only the visit count is added.
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
        messages.Add(new ChatMessage(ChatRole.User, "Visits this year: " + customer.Visits));
        ChatResponse answer = await chat.GetResponseAsync(messages);
        return answer.Text.StartsWith("renew");
    }
}
