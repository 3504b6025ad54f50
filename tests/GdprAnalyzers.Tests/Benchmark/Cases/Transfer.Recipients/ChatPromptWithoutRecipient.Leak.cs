// benchmark: leak GDPR011
// A support bot sends the customer's name in the prompt to a model vendor and declares no recipient.
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.AI;

public sealed class ChatUser
{
    [PersonalData] public string Name { get; set; } = "";
}

public sealed class SupportBot(IChatClient chat)
{
    [return: PersonalData]
    public Task<ChatResponse> GreetAsync(ChatUser user) =>
        chat.GetResponseAsync("Greet " + user.Name); // expected
}
