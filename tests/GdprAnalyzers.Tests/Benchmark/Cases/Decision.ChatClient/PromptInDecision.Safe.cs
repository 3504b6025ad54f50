// benchmark: safe GDPR004
// The same decision, reviewed by a person.
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.AI;

public sealed class RefundBot
{
    [AutomatedDecision]
    [HumanReview]
    public async Task<bool> ApproveAsync(IChatClient chat, Customer customer, Order order)
    {
        ChatResponse answer = await chat.GetResponseAsync("Refund order " + order.Reference + " for " + customer.Email + "? Answer yes or no.");
        return answer.Text.Contains("yes");
    }
}
