// benchmark: leak GDPR004
// A chat model decides a refund from a prompt that holds the e-mail.
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.AI;

public sealed class RefundBot
{
    [AutomatedDecision]
    public async Task<bool> ApproveAsync(IChatClient chat, Customer customer, Order order)
    {
        ChatResponse answer = await chat.GetResponseAsync("Refund order " + order.Reference + " for " + customer.Email + "? Answer yes or no."); // expected
        return answer.Text.Contains("yes");
    }
}
