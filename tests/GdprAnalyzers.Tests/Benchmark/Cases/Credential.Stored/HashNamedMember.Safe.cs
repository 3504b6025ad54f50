// benchmark: safe GDPR012
// A member named as a hash holds no key in clear.
using System.IO;

public sealed class Integration
{
    public string ApiKeyHash { get; set; } = "";
}

public sealed class Backup
{
    public void Write(Integration integration)
    {
        File.WriteAllText("integration.txt", integration.ApiKeyHash);
    }
}
