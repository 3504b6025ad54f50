// benchmark: safe GDPR102
// option: gdpr.probable_personal_data_in_flows = true
// The same write with its purpose declared.
using System.IO;
using GdprAnalyzers.Annotations;

public sealed class Lead
{
    public string Email { get; set; } = "";
}

public sealed class Export
{
    [ProcessingPurpose("Hand leads to the sales team")]
    public void Write(string path, Lead lead)
    {
        File.AppendAllText(path, lead.Email);
    }
}
