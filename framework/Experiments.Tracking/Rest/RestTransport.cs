using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Experiments.Tracking.Rest.Wire;
using Microsoft.Extensions.Logging;

namespace Experiments.Tracking.Rest;

/// <summary>
/// Sends one REST call with retries on 429, 5xx and connection failures. A request that may have
/// reached the server before the connection broke is retried only when it is safe to repeat
/// (<c>repeatable</c>); otherwise the caller learns it
/// <see cref="TrackingUnavailableException.MayHaveBeenApplied"/>.
/// </summary>
internal sealed class RestTransport(HttpClient http, RetryPolicy retry, TimeSpan timeout, ILogger logger)
{
    public async Task<T> SendJsonAsync<T>(
        HttpMethod method, string path, object? body, bool repeatable, CancellationToken cancellation)
    {
        var bytes = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, MlflowJson.Options);
        var text = await SendAsync(() => JsonRequest(method, path, bytes), repeatable, cancellation);
        return JsonSerializer.Deserialize<T>(text, MlflowJson.Options)
            ?? throw new TrackingException($"{path} answered with an empty body.", MlflowErrorCodes.InternalError);
    }

    public async Task<string> SendAsync(
        Func<HttpRequestMessage> createRequest, bool repeatable, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = createRequest();
            var failure = await TrySendAsync(request, cancellation);
            if (failure.Body is { } body)
            {
                return body;
            }

            var exhausted = attempt >= retry.MaxAttempts || (failure.MayHaveBeenApplied && !repeatable);
            if (exhausted)
            {
                throw new TrackingUnavailableException(
                    $"{request.Method} {request.RequestUri?.AbsolutePath} failed after {attempt} attempt(s): " +
                    failure.Reason, failure.MayHaveBeenApplied, failure.Error);
            }

            var delay = retry.DelayBefore(attempt - 1, failure.RetryAfter);
            logger.LogWarning("MLflow request {Method} {Path} failed ({Reason}); retry {Attempt} in {Delay} ms",
                request.Method, request.RequestUri?.AbsolutePath, failure.Reason, attempt,
                (int)delay.TotalMilliseconds);
            await Task.Delay(delay, cancellation);
        }
    }

    private async Task<Outcome> TrySendAsync(HttpRequestMessage request, CancellationToken cancellation)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, timeoutSource.Token);
            var text = await response.Content.ReadAsStringAsync(timeoutSource.Token);
            if (response.IsSuccessStatusCode)
            {
                return new Outcome(text, null, false, null, null);
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                return new Outcome(null, $"HTTP {(int)response.StatusCode}", false, RetryAfter(response), null);
            }

            throw ToTrackingException(request, response.StatusCode, text);
        }
        catch (HttpRequestException error) when (!cancellation.IsCancellationRequested)
        {
            var neverSent = error.HttpRequestError is HttpRequestError.ConnectionError
                or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;
            return new Outcome(null, error.Message, !neverSent, null, error);
        }
        catch (OperationCanceledException error) when (!cancellation.IsCancellationRequested)
        {
            return new Outcome(null, $"no answer within {timeout.TotalSeconds:0.#} s", true, null, error);
        }
    }

    private static TrackingException ToTrackingException(HttpRequestMessage request, HttpStatusCode status, string text)
    {
        ErrorResponse? error = null;
        try
        {
            error = JsonSerializer.Deserialize<ErrorResponse>(text, MlflowJson.Options);
        }
        catch (JsonException)
        {
            // Not every refusal is JSON: a wrong method gets an HTML 405 page.
        }

        var code = error?.ErrorCode ?? $"HTTP_{(int)status}";
        var message = error?.Message ?? $"HTTP {(int)status} {status}";
        return new TrackingException(
            $"MLflow refused {request.Method} {request.RequestUri?.AbsolutePath}: {code}: {message}", code,
            (int)status);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta;

    private static HttpRequestMessage JsonRequest(HttpMethod method, string path, byte[]? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    private sealed record Outcome(
        string? Body, string? Reason, bool MayHaveBeenApplied, TimeSpan? RetryAfter, Exception? Error);
}
