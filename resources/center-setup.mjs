// npm run center:setup -- --url http://127.0.0.1:5984 --admin admin:密码 --config center.json
// Sets up the center's CouchDB for issue 15 (see README, 部署多台前台). Runs from a checkout of this
// repository after `npm install`: the plan lives in shared/sync/center/ (TypeScript, loaded through Vite).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const arg = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};

const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const url = arg('url');
const admin = arg('admin');
const configFile = arg('config');
if (!url || !admin || !configFile)
  fail('用法：npm run center:setup -- --url http://服务器:5984 --admin 管理员:密码 --config center.json');

const load = async (file) =>
  (
    await runnerImport(fileURLToPath(new URL(`../shared/sync/center/${file}`, import.meta.url)), {
      configFile: false,
    })
  ).module;
const { centerPlan, checkCenterConfig } = await load('plan.ts');
const { applyCenterPlan } = await load('apply.ts');

let config;
try {
  config = JSON.parse(await readFile(configFile, 'utf8'));
} catch (error) {
  fail(`读不了配置文件 ${configFile}：${error.message}`);
}
const problems = checkCenterConfig(config);
if (problems.length > 0) fail(`配置文件有问题：\n- ${problems.join('\n- ')}`);

const authorization = `Basic ${Buffer.from(admin).toString('base64')}`;
const base = url.replace(/\/+$/, '');
const send = async (method, path, body) => {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: authorization, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
};

try {
  for (const line of await applyCenterPlan(centerPlan(config, base, authorization), send)) console.log(line);
  console.log('中心设置完成。');
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
