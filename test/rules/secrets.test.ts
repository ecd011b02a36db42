import rule from '../../rules/secrets.js';
import { testRule } from '../helpers/rule-tester.js';

const post = (body: string) => `---\nplatform: linkedin\n---\n\n${body}\n`;
const fence = (code: string, lang = 'js') => '```' + lang + '\n' + code + '\n```';

// Fake credentials in the providers' formats, made up for these tests.
const STRIPE = 'sk_live_51Hq8ZtLyjWDarjtT1zdp7dcQ';
const GITHUB = 'ghp_R2d2C3p0x8Qk4LmN7vB1zY6wT9aE5sH0jKfU';
const AWS = 'AKIAZ7QX3LMNO4PQR2ST';
const SLACK = 'xoxb-284719-998172634-Zk2PqR8sT4vW6yX1aB3cD5eF';
const GOOGLE = 'AIzaSyB8-Qx2mN4pR6tV8xZ0aC2eG4iK6mO8qS0';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwcml5YSIsImlhdCI6MTcwMDAwMDAwMH0.Zk2PqR8sT4vW6yX1aB3cD5eF7gH9iJ0k';

testRule(rule, {
  valid: [
    post('Rotate your API keys regularly and never paste a token into a post.'),
    post('The password manager we rolled out is great; password reset is self-service now.'),
    post(fence("const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nconst key = 'YOUR_API_KEY';")),
    post('Publishable keys like pk_live_51Hq8ZtLyjWDarjtT1zdp7dcQ are meant for the browser.'),
    post(fence('api_key = "<your-key-here>"\ntoken: ${GITHUB_TOKEN}', 'yaml')),
    post('Our secret sauce: ship small, ship daily. The token economy talk was great.'),
    post('Commit 3f9a2c1b4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a fixed the bug.'),
    { name: "AWS's documented example keys", text: post(fence('aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'ini')) },
  ],
  invalid: [
    {
      name: 'Stripe key in a code block, masked, on its own line',
      text: post(`Got payments working:\n\n${fence(`const stripe = new Stripe('${STRIPE}');`)}`),
      errors: [{ message: `Stripe secret key (sk_live_…(${STRIPE.length} chars)) in this code block: anyone who reads it can use it. Remove it, and revoke or change it, since it may already be copied.`, line: 8, column: 28 }],
      suggestions: ['Replace the Stripe secret key with a placeholder.'],
      suggestionOutput: post(`Got payments working:\n\n${fence(`const stripe = new Stripe('REDACTED');`)}`),
    },
    { name: 'GitHub token in prose', text: post(`CI broke, I used ${GITHUB} to debug`), errors: [{ message: /^GitHub token \(ghp_…\(40 chars\)\) in this post/ }] },
    { name: 'AWS access key ID in inline code', text: post(`Set \`AWS_ACCESS_KEY_ID=${AWS}\` and go.`), errors: [{ message: /^AWS access key \(AKIA…\(20 chars\)\)/ }] },
    { name: 'Slack bot token', text: post(`bot token ${SLACK}`), errors: [{ message: /^Slack token \(xoxb-…/ }] },
    { name: 'Google API key in an HTML embed', text: post(`<script src="https://maps.googleapis.com/maps/api/js?key=${GOOGLE}"></script>`), errors: [{ message: /^Google API key \(AIza…\(39 chars\)\)/ }] },
    { name: 'JWT', text: post(`Bearer ${JWT}`), errors: [{ message: /^JSON Web Token/ }] },
    {
      name: 'PEM private key block, reported as a whole',
      text: post(fence('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----', 'text')),
      errors: [{ message: /^Private key \(a private key block\)/, line: 6, endLine: 8 }],
    },
    { name: 'wifi password in prose', text: post('Guests: the wifi password is Sunflower-2024! Enjoy.'), errors: [{ message: /^Password \(…\(15 chars\)\)/ }] },
    { name: 'generic high-entropy token after a keyword', text: post(fence('client_secret: "q8X2vL9mZ4nR7tK1pW5sY3bH6jD0fG"', 'yaml')), errors: [{ message: /^Secret or token \(…\(30 chars\)\)/ }] },
  ],
});
