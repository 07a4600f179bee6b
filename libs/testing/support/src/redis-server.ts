export { ensureRedis, pingRedis, type RedisHandle } from '@claimlane/server-dev-services';
