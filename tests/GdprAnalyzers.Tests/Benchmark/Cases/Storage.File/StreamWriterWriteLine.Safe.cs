// benchmark: safe GDPR002
// The writer writes the country.
using System.IO;

public sealed class Labels
{
    public void Print(string path, Customer customer)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine(customer.Home.Country);
    }
}
