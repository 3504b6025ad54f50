// benchmark: safe GDPR001
// The same field assigned the plan.
using Microsoft.Extensions.Logging;

public sealed class Checkout
{
    private readonly ILogger logger;
    private string contact = "";

    public Checkout(ILogger logger) => this.logger = logger;

    public void Confirm(Customer customer)
    {
        this.contact = customer.Plan;
        logger.LogInformation("Confirmation for plan {Contact}", this.contact);
    }
}
