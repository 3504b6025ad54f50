// benchmark: leak GDPR012
// A key written to a file as it was configured.
using System.IO;

public sealed class Integration
{
    public string ApiKey { get; set; } = "";
}

public sealed class Backup
{
    public void Write(Integration integration)
    {
        File.WriteAllText("integration.txt", integration.ApiKey); // expected
    }
}
