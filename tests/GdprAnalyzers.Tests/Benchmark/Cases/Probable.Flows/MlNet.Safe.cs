// benchmark: safe GDPR104
// option: gdpr.probable_personal_data_in_flows = true
// The input row has no personal data: a shop's sales.
using Microsoft.ML;
using Microsoft.ML.Data;

public sealed class SalesInput
{
    public float Sales { get; set; }
    public float Amount { get; set; }
}

public sealed class SalesPrediction
{
    [ColumnName("PredictedLabel")] public bool Restock { get; set; }
}

public sealed class Restocking
{
    public SalesPrediction Decide(PredictionEngine<SalesInput, SalesPrediction> engine, SalesInput input) =>
        engine.Predict(input);
}
