// benchmark: leak GDPR002
// File.WriteAllText stores the e-mail.
using System.IO;

public sealed class Export
{
    public void Write(string path, Customer customer)
    {
        File.WriteAllText(path, customer.Email); // expected
    }
}
