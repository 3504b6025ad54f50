// benchmark: leak GDPR011
// A typed client posts a contact to a CRM; nobody declared who runs it.
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;

[PersonalData]
public sealed class Contact
{
    public string Email { get; set; } = "";
}

public sealed class CrmClient(HttpClient http)
{
    public Task PushAsync(Contact contact) => http.PostAsJsonAsync("contacts", contact); // expected
}
