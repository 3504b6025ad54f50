// benchmark: safe GDPR004
// The same prediction, in a method a person reviews ([HumanReview]).
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
    [HumanReview]
    public bool Decide(PredictionEngine<RefundInput, RefundPrediction> engine, Customer customer, float total)
    {
        var row = new RefundInput { CustomerKey = customer.Email, OrderTotal = total };
        return engine.Predict(row).Eligible;
    }
}
