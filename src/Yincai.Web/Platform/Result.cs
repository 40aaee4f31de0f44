namespace Yincai.Platform;

/// <summary>Outcome of an operation whose failures are expected values, not exceptions.</summary>
public readonly record struct Result
{
    private Result(Error? error) => Error = error;

    public Error? Error { get; }
    public bool IsError => Error is not null;

    public static Result Ok() => new(null);
    public static Result Fail(Error error) => new(error);

    public static implicit operator Result(Error error) => new(error);
}

/// <summary>Outcome carrying a value on success.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Error? error) => (Value, Error) = (value, error);

    public T? Value { get; }
    public Error? Error { get; }
    public bool IsError => Error is not null;

    public static Result<T> Ok(T value) => new(value, null);
    public static Result<T> Fail(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Error error) => new(default, error);
}
