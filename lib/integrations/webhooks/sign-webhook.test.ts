import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { signWebhook } from "./sign-webhook";

describe("signWebhook", () => {
  it("matches the Standard Webhooks reference example", () => {
    // the example published with the spec's reference libraries
    const headers = signWebhook(
      "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      "msg_p5jXN8AQM9LWM0D4loKWxJek",
      new Date(1614265330_000),
      '{"test": 2432232314}',
    );
    expect(headers).toEqual({
      "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
      "webhook-timestamp": "1614265330",
      "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    });
  });

  it("verifies with the secret, and a tampered body or timestamp does not", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const body = '{"type":"task.created"}';
    const headers = signWebhook(secret, "msg_1", new Date(), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual({ type: "task.created" });
    expect(() => new Webhook(secret).verify('{"type":"task.deleted"}', headers)).toThrow();
    expect(() =>
      new Webhook(secret).verify(body, { ...headers, "webhook-timestamp": String(Number(headers["webhook-timestamp"]) - 1) }),
    ).toThrow();
  });
});
