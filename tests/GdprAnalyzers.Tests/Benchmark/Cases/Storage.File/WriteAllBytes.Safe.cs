// benchmark: safe GDPR002
// The plan is encoded and written.
using System.IO;
using System.Text;

public sealed class Badges
{
    public void Save(string path, Customer customer)
    {
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(customer.Plan));
    }
}
