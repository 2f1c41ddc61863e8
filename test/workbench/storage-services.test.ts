import { CacheStore, createCacheService } from '../../src/workbench/gas/cache-service';
import { createPropertiesService, PropertyStore } from '../../src/workbench/gas/properties-service';
import { testContext } from '../helpers/workbench/context';

describe('CacheService fake', () => {
  const setUp = () => {
    const store = new CacheStore();
    const alice = testContext();
    const bob = { ...alice, user: alice.world.user('bob@acme.example') };
    return {
      clock: alice.clock,
      aliceCache: createCacheService(alice, store).getUserCache()!,
      bobCache: createCacheService(bob, store).getUserCache()!,
      scriptCache: () => createCacheService(bob, store).getScriptCache()!,
      aliceScriptCache: createCacheService(alice, store).getScriptCache()!,
    };
  };

  test('values expire by the sandbox clock (default 600 s)', () => {
    const { clock, aliceCache } = setUp();
    aliceCache.put('meeting', '{"id":"m1"}');
    aliceCache.put('short', 'x', 5);
    clock.advance(5_000);
    expect(aliceCache.get('short')).toBeNull();
    expect(aliceCache.get('meeting')).toBe('{"id":"m1"}');
    clock.advance(595_000);
    expect(aliceCache.get('meeting')).toBeNull();
  });

  test('user caches are per user; the script cache is shared', () => {
    const { aliceCache, bobCache, aliceScriptCache, scriptCache } = setUp();
    aliceCache.put('k', 'alice');
    expect(bobCache.get('k')).toBeNull();
    aliceScriptCache.put('k', 'shared');
    expect(scriptCache().get('k')).toBe('shared');
  });

  test('getAll returns only present keys; putAll and removeAll work on several', () => {
    const { aliceCache } = setUp();
    aliceCache.putAll({ a: '1', b: '2' }, 60);
    expect(aliceCache.getAll(['a', 'b', 'missing'])).toEqual({ a: '1', b: '2' });
    aliceCache.removeAll(['a']);
    expect(aliceCache.getAll(['a', 'b'])).toEqual({ b: '2' });
  });

  test('limits: 250-char keys, 100 KB values, 1–21600 s expiry', () => {
    const { aliceCache } = setUp();
    expect(() => aliceCache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    aliceCache.put('k'.repeat(250), 'v');
    expect(() => aliceCache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
    aliceCache.put('fits', 'x'.repeat(100 * 1024));
    expect(() => aliceCache.put('long', 'v', 21_601)).toThrow(
      'Invalid argument: expirationInSeconds',
    );
    expect(() => aliceCache.putAll({ ok: 'v', bad: 'x'.repeat(100 * 1024 + 1) })).toThrow(
      'Argument too large',
    );
    expect(aliceCache.get('ok')).toBeNull();
  });

  test('an add-on has no document cache', () => {
    expect(createCacheService(testContext(), new CacheStore()).getDocumentCache()).toBeNull();
  });
});

describe('PropertiesService fake', () => {
  const service = (store = new PropertyStore()) => createPropertiesService(testContext(), store);

  test('script properties persist in the store across executions', () => {
    const store = new PropertyStore();
    service(store)
      .getScriptProperties()
      .setProperty('MINGWORK_BACKEND_URL', 'https://api.mingwork.club');
    expect(service(store).getScriptProperties().getProperty('MINGWORK_BACKEND_URL')).toBe(
      'https://api.mingwork.club',
    );
    expect(service(store).getScriptProperties().getProperty('missing')).toBeNull();
  });

  test('setProperties merges, or replaces everything with deleteAllOthers', () => {
    const properties = service().getUserProperties();
    properties.setProperties({ a: '1', b: '2' });
    properties.setProperties({ c: '3' });
    expect(properties.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    properties.setProperties({ d: '4' }, true);
    expect(properties.getKeys()).toEqual(['d']);
    properties.deleteAllProperties();
    expect(properties.getKeys()).toEqual([]);
  });

  test('a value over 9 KB is refused and nothing of the batch is stored', () => {
    const properties = service().getScriptProperties();
    expect(() => properties.setProperties({ ok: 'v', big: 'x'.repeat(9 * 1024 + 1) })).toThrow(
      'Argument too large: value',
    );
    expect(properties.getProperty('ok')).toBeNull();
  });

  test('the store holds at most 500 KB', () => {
    const properties = service().getScriptProperties();
    const chunk = 'x'.repeat(9 * 1024 - 10);
    expect(() => {
      for (let index = 0; index < 60; index += 1) properties.setProperty(`key${index}`, chunk);
    }).toThrow('exceeded the property storage quota');
  });
});
