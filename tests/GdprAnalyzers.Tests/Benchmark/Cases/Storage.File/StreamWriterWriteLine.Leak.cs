// benchmark: leak GDPR002
// A StreamWriter writes the street to a file.
using System.IO;

public sealed class Labels
{
    public void Print(string path, Customer customer)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine(customer.Home.Street); // expected
    }
}
