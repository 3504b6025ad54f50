// benchmark: safe GDPR001
// Only the size of the list is logged.
using System.Collections.Generic;
using Serilog;

public static class Batch
{
    public static void Imported(List<Customer> customers)
    {
        Log.Information("Imported {Count} customers", customers.Count);
    }
}
