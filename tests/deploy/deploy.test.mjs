// Checks deploy/: docker-compose itself validates the compose file (and refuses a broken one); the Kubernetes manifests
// and the Dockerfile are parsed and checked for what running the service safely needs: probes on the health endpoints,
// resource limits, a non-root user, and references (Secret, ConfigMap, Service, ports) that match each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const deploy = join(repoRoot, 'deploy');

/** Runs `docker-compose -f FILE config -q` on a copy of deploy/ (with neo4j.env made from the example, as a user does). */
function composeConfig(edit = (text) => text, args = ['-q']) {
  const folder = mkdtempSync(join(tmpdir(), 'graph-deploy-'));
  try {
    const copy = join(folder, 'deploy');
    cpSync(deploy, copy, { recursive: true });
    copyFileSync(join(copy, 'neo4j.env.example'), join(copy, 'neo4j.env'));
    const file = join(copy, 'docker-compose.yml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const run = spawnSync('docker-compose', ['-f', file, 'config', ...args], { encoding: 'utf8' });
    if (run.error) throw new Error(`docker-compose cannot run (scripts/setup.sh installs it): ${run.error.message}`);
    return run;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('docker-compose accepts the compose file', () => {
  const run = composeConfig();
  assert.equal(run.status, 0, run.stderr);
});

test('the compose file wires the service to a healthy Neo4j community with a volume and auth from the env file', () => {
  const run = composeConfig((t) => t, []);
  assert.equal(run.status, 0, run.stderr);
  const { services, volumes } = parse(run.stdout);
  assert.match(services.neo4j.image, /^neo4j:[\d.]+-community$/);
  assert.ok(services.neo4j.volumes.some((v) => (v.target ?? v.split(':')[1]) === '/data'), 'Neo4j keeps its data on a volume');
  assert.ok(Object.keys(volumes).includes('neo4j-data'));
  assert.ok(services.neo4j.healthcheck?.test, 'Neo4j has a health check');
  assert.equal(services.neo4j.environment.NEO4J_AUTH, 'neo4j/change-this-password', 'auth comes from the env file');
  assert.equal(services.graph.environment.NEO4J_URI, 'http://neo4j:7474', 'the service speaks the Query API at the neo4j service');
  assert.equal(services.graph.environment.NEO4J_PASSWORD, 'change-this-password');
  assert.equal(services.graph.depends_on.neo4j.condition, 'service_healthy');
  assert.equal(services.graph.build.dockerfile, 'deploy/Dockerfile');
});

test('docker-compose refuses a broken compose file', () => {
  const badKey = composeConfig((t) => t.replace('    restart: unless-stopped\n\nvolumes:', '    restart: unless-stopped\n    colour: blue\n\nvolumes:'));
  assert.notEqual(badKey.status, 0, 'an unknown key is an error');
  assert.match(badKey.stderr, /colour/);
  const badYaml = composeConfig((t) => t.replace('  graph:\n', '  graph:\n   - not: a mapping\n'));
  assert.notEqual(badYaml.status, 0, 'broken YAML is an error');
  const missingService = composeConfig((t) => t.replace('      neo4j:\n        condition: service_healthy', '      neo5j:\n        condition: service_healthy'));
  assert.notEqual(missingService.status, 0, 'depending on a service that does not exist is an error');
});

/** Every Kubernetes object under deploy/k8s, by kind. */
function manifests() {
  const objects = {};
  for (const name of readdirSync(join(deploy, 'k8s')).filter((n) => n.endsWith('.yaml'))) {
    for (const doc of parseAllDocuments(readFileSync(join(deploy, 'k8s', name), 'utf8'))) {
      assert.deepEqual(doc.errors, [], `${name} parses`);
      const object = doc.toJS();
      objects[object.kind] = object;
    }
  }
  return objects;
}

test('the Kubernetes manifests hold a Deployment, Service and ConfigMap', () => {
  const objects = manifests();
  for (const kind of ['Deployment', 'Service', 'ConfigMap']) assert.ok(objects[kind], kind);
  assert.equal(objects.Secret, undefined, 'no secret is committed: the Deployment refers to one');
});

test('the Deployment probes the health endpoints, limits resources and runs as non-root', () => {
  const { Deployment: deployment } = manifests();
  const pod = deployment.spec.template.spec;
  const [container] = pod.containers;
  const port = container.ports.find((p) => p.name === container.readinessProbe.httpGet.port) ?? { containerPort: container.readinessProbe.httpGet.port };
  assert.equal(container.readinessProbe.httpGet.path, '/health/ready');
  assert.equal(container.livenessProbe.httpGet.path, '/health/live');
  assert.equal(port.containerPort, 8080);
  for (const resource of ['cpu', 'memory']) {
    assert.ok(container.resources.limits[resource], `limit on ${resource}`);
    assert.ok(container.resources.requests[resource], `request of ${resource}`);
  }
  assert.equal(pod.securityContext.runAsNonRoot, true);
  assert.ok(pod.securityContext.runAsUser > 0);
  assert.equal(container.securityContext.allowPrivilegeEscalation, false);
  assert.deepEqual(container.securityContext.capabilities.drop, ['ALL']);
  const mounts = container.volumeMounts.map((m) => m.mountPath);
  if (container.securityContext.readOnlyRootFilesystem) assert.ok(mounts.includes('/data') && mounts.includes('/tmp'), 'a read-only root still has /data and /tmp');
});

test('the Deployment\'s references match: Secret keys, ConfigMap, labels, Service ports', () => {
  const { Deployment: deployment, Service: service, ConfigMap: config } = manifests();
  const [container] = deployment.spec.template.spec.containers;
  const secretRefs = container.env.filter((e) => e.valueFrom?.secretKeyRef).map((e) => [e.name, e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key]);
  assert.deepEqual(secretRefs.map((r) => r[0]).sort(), ['NEO4J_PASSWORD', 'NEO4J_USER']);
  assert.ok(secretRefs.every((r) => r[1] === 'graph-neo4j'));
  assert.equal(container.envFrom[0].configMapRef.name, config.metadata.name);
  assert.match(config.data.NEO4J_URI, /^https?:\/\//, 'the Query API speaks HTTP');
  assert.deepEqual(deployment.spec.selector.matchLabels, deployment.spec.template.metadata.labels);
  for (const [key, value] of Object.entries(service.spec.selector)) assert.equal(deployment.spec.template.metadata.labels[key], value);
  const target = service.spec.ports[0].targetPort;
  assert.ok(container.ports.some((p) => p.name === target || p.containerPort === target), 'the Service targets the container port');
  assert.match(config.data.GRAPH_URLS, /:8080$/);
});

test('the Dockerfile builds the explorer and the program in stages and runs non-root with a health check', () => {
  const dockerfile = readFileSync(join(deploy, 'Dockerfile'), 'utf8');
  const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gm)].map((m) => ({ image: m[1], name: m[2] }));
  assert.ok(stages.length >= 3, 'multi-stage');
  assert.match(stages.at(-1).image, /dotnet\/aspnet:10\.0/, 'runs on the ASP.NET runtime image');
  assert.ok(stages.some((s) => /dotnet\/sdk:10\.0/.test(s.image)), 'builds with the .NET SDK');
  assert.match(dockerfile, /npm ci[\s\S]*npm run build/, 'builds the explorer page');
  assert.match(dockerfile, /COPY --from=explorer \/src\/web\/explorer\/dist\/ web\/explorer\/dist\//, 'the program build gets the page');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
  const user = /^USER\s+(\S+)/m.exec(runtime)?.[1];
  assert.ok(user && !/^(root|0)(:|$)/.test(user), `USER ${user} is not root`);
  assert.match(runtime, /^HEALTHCHECK[\s\S]*\/health\/live/m);
  assert.match(runtime, /^EXPOSE 8080$/m);
  assert.match(runtime, /GRAPH_URLS=http:\/\/\+:8080/);
});
