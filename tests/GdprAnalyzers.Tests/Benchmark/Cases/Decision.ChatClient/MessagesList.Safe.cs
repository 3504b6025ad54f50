// benchmark: safe GDPR004
// The message list holds the claim text and the plan only.
using System.Collections.Generic;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.AI;

public sealed class ClaimsBot
{
    [AutomatedDecision]
    public async Task<bool> AcceptClaimAsync(IChatClient chat, Customer customer, string claim)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, "Decide whether the insurance claim is accepted."),
            new(ChatRole.User, customer.Plan + ": " + claim),
        };
        ChatResponse answer = await chat.GetResponseAsync(messages);
        return answer.Text.StartsWith("accept");
    }
}
