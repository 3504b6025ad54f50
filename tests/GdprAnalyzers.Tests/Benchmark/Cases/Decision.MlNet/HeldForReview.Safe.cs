// benchmark: safe GDPR004
// The prediction is held for a person's review with PendingDecision.Hold.
using GdprAnalyzers.Annotations;
using Microsoft.ML;
using Microsoft.ML.Data;

public sealed class FraudInput
{
    [PersonalData(PersonalDataCategory.OnlineIdentifier)] public string IpAddress { get; set; } = "";
    public float Amount { get; set; }
}

public sealed class FraudPrediction
{
    [ColumnName("PredictedLabel")] public bool Block { get; set; }
}

public sealed class Fraud
{
    public PendingDecision<FraudPrediction> Check(PredictionEngine<FraudInput, FraudPrediction> engine, FraudInput input) =>
        PendingDecision.Hold(engine.Predict(input));
}
