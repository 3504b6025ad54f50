// benchmark: leak GDPR002
// The name is encoded to bytes before it is written.
using System.IO;
using System.Text;

public sealed class Badges
{
    public void Save(string path, Customer customer)
    {
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(customer.FullName)); // expected
    }
}
