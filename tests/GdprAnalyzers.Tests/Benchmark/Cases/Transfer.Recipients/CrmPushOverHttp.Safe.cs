// benchmark: safe GDPR011
// The typed client declares its recipient, in the EEA.
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;

[PersonalData]
public sealed class Contact
{
    public string Email { get; set; } = "";
}

[Recipient("Contoso CRM", Role = RecipientRole.Processor, Country = "DE")]
public sealed class CrmClient(HttpClient http)
{
    public Task PushAsync(Contact contact) => http.PostAsJsonAsync("contacts", contact);
}
