// benchmark: leak GDPR004
// An ML.NET prediction decides a refund from a row built with the customer's e-mail.
using GdprAnalyzers.Annotations;
using Microsoft.ML;
using Microsoft.ML.Data;

public sealed class RefundInput
{
    [PersonalData] public string CustomerKey { get; set; } = "";
    public float OrderTotal { get; set; }
}

public sealed class RefundPrediction
{
    [ColumnName("PredictedLabel")] public bool Eligible { get; set; }
}

public sealed class Refunds
{
    public bool Decide(PredictionEngine<RefundInput, RefundPrediction> engine, Customer customer, float total)
    {
        var row = new RefundInput { CustomerKey = customer.Email, OrderTotal = total };
        return engine.Predict(row).Eligible; // expected
    }
}
