/** AppError lives in shared (db and the contract use it too); kept here so existing imports still work. */
export { AppError } from '../../shared/app-error';
