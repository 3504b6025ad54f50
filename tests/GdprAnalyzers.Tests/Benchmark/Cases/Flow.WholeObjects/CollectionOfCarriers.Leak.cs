// benchmark: leak GDPR001
// A list of customers destructured by Serilog.
using System.Collections.Generic;
using Serilog;

public static class Batch
{
    public static void Imported(List<Customer> customers)
    {
        Log.Information("Imported {@Customers}", customers); // expected
    }
}
