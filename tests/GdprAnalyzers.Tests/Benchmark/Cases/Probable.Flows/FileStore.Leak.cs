// benchmark: leak GDPR102
// option: gdpr.probable_personal_data_in_flows = true
// An unannotated e-mail address appended to a file; no processing purpose is declared.
using System.IO;

public sealed class Lead
{
    public string Email { get; set; } = "";
}

public sealed class Export
{
    public void Write(string path, Lead lead)
    {
        File.AppendAllText(path, lead.Email); // expected
    }
}
