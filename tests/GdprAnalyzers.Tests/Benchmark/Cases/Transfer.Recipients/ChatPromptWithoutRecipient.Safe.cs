// benchmark: safe GDPR011
// The same prompt, with the model vendor declared on the client's parameter.
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.AI;

public sealed class ChatUser
{
    [PersonalData] public string Name { get; set; } = "";
}

public sealed class SupportBot(
    [Recipient("OpenAI", Role = RecipientRole.Processor, Country = "US", Mechanism = TransferMechanism.StandardContractualClauses)] IChatClient chat)
{
    [return: PersonalData]
    public Task<ChatResponse> GreetAsync(ChatUser user) =>
        chat.GetResponseAsync("Greet " + user.Name);
}
