// benchmark: leak GDPR001
// A plain field assigned the e-mail and logged in the same method.
using Microsoft.Extensions.Logging;

public sealed class Checkout
{
    private readonly ILogger logger;
    private string contact = "";

    public Checkout(ILogger logger) => this.logger = logger;

    public void Confirm(Customer customer)
    {
        this.contact = customer.Email;
        logger.LogInformation("Confirmation for {Contact}", this.contact); // expected
    }
}
