// The shared model of the benchmark, compiled with every case: a shop whose customers are data subjects.
// Cases declare their own types beside it when they need more.
using System.Collections.Generic;
using GdprAnalyzers.Annotations;

public sealed class Customer
{
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string? Phone { get; set; }
    [PersonalData(PersonalDataCategory.Identity)] public string FullName { get; set; } = "";
    public string Plan { get; set; } = "basic";
    public string Country { get; set; } = "FR";
    public int Visits { get; set; }
    public Address Home { get; set; } = new();
    public Address? Billing { get; set; }
}

public sealed class Address
{
    [PersonalData(PersonalDataCategory.Contact)] public string Street { get; set; } = "";
    public string Country { get; set; } = "FR";
}

public sealed class Order
{
    public string Reference { get; set; } = "";
    public decimal Total { get; set; }
    public int ItemCount { get; set; }
    public Customer Customer { get; set; } = new();
    public List<string> Skus { get; } = new();
}

/// <summary>Health data: every value of this type is personal data of a special category (Art. 9).</summary>
[PersonalData(PersonalDataCategory.SpecialCategory)]
public sealed record Patient(string Name, string Diagnosis);

public sealed class Appointment
{
    public Patient Patient { get; set; } = new("", "");
    public string Room { get; set; } = "";
}

/// <summary>Nothing personal: what an order report shows.</summary>
public sealed record OrderSummary(string Reference, decimal Total, int ItemCount);
