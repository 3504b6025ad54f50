// benchmark: leak GDPR004
// The input row's type has a personal data column.
using GdprAnalyzers.Annotations;
using Microsoft.ML;
using Microsoft.ML.Data;

public sealed class CreditInput
{
    [PersonalData(PersonalDataCategory.Financial)] public float Salary { get; set; }
    public float Amount { get; set; }
}

public sealed class CreditPrediction
{
    [ColumnName("PredictedLabel")] public bool Approved { get; set; }
}

public sealed class Credit
{
    public bool Approve(PredictionEngine<CreditInput, CreditPrediction> engine, CreditInput input) =>
        engine.Predict(input).Approved; // expected
}
