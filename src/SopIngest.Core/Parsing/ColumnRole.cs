namespace SopIngest.Core.Parsing;

/// <summary>What a column of the procedure table holds.</summary>
public enum ColumnRole { Unknown, No, Activity, Actor, Requirements, Duration, Output, Notes }
